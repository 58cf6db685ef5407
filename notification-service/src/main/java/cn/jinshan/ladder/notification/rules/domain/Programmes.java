package cn.jinshan.ladder.notification.rules.domain;

import java.util.Map;

/** Display names of the programme codes events carry, so templates never show a code to a person. */
public final class Programmes {

    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("STARTUP", new String[] {"创业企业", "start-up"}),
            Map.entry("INNOVATIVE_SME", new String[] {"创新型中小企业", "innovative SME"}),
            Map.entry("SPECIALIZED_NEW", new String[] {"专精特新中小企业", "specialized and new SME"}),
            Map.entry("GAZELLE", new String[] {"瞪羚企业", "gazelle enterprise"}),
            Map.entry("LITTLE_GIANT", new String[] {"专精特新“小巨人”", "little giant"}),
            Map.entry("SINGLE_CHAMPION", new String[] {"制造业单项冠军", "manufacturing single champion"}),
            Map.entry("HEADQUARTERS", new String[] {"总部企业", "headquarters enterprise"}),
            Map.entry("TECH_CENTER", new String[] {"企业技术中心", "enterprise technology centre"}),
            Map.entry("TECH_CENTER_DISTRICT", new String[] {"区级企业技术中心", "district enterprise technology centre"}),
            Map.entry("TECH_CENTER_MUNICIPAL", new String[] {"市级企业技术中心", "municipal enterprise technology centre"}),
            Map.entry("TECH_CENTER_NATIONAL", new String[] {"国家企业技术中心", "national enterprise technology centre"}),
            Map.entry("LISTING", new String[] {"上市培育", "listing pipeline"}));

    private Programmes() {}

    public static String zh(String code) {
        String[] names = NAMES.get(code);
        return names == null ? code : names[0];
    }

    public static String en(String code) {
        String[] names = NAMES.get(code);
        return names == null ? code : names[1];
    }
}
