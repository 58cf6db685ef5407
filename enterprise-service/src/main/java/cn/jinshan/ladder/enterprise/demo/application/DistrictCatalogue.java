package cn.jinshan.ladder.enterprise.demo.application;

import java.util.List;
import java.util.Map;

/** Jinshan's towns, parks, clusters and name parts, from the 14th five-year plan, for the demo district. */
final class DistrictCatalogue {

    static final List<String> TOWNS =
            List.of("朱泾镇", "枫泾镇", "亭林镇", "吕巷镇", "廊下镇", "张堰镇", "金山卫镇", "山阳镇", "漕泾镇", "石化街道", "金山工业区", "金山第二工业区");

    /** Towns a cluster tends to sit in, most likely first. */
    static final Map<String, List<String>> TOWNS_BY_CLUSTER = Map.of(
            "新材料", List.of("山阳镇", "金山第二工业区", "张堰镇", "漕泾镇", "金山卫镇", "石化街道"),
            "智能装备", List.of("枫泾镇", "金山工业区", "朱泾镇", "金山卫镇", "亭林镇", "张堰镇"),
            "生命健康", List.of("金山工业区", "亭林镇", "山阳镇", "吕巷镇", "廊下镇", "朱泾镇"),
            "信息技术", List.of("金山工业区", "枫泾镇", "朱泾镇", "亭林镇", "山阳镇"),
            "高端绿色化工", List.of("石化街道", "漕泾镇", "金山第二工业区", "山阳镇"),
            "生产性服务业", List.of("朱泾镇", "山阳镇", "枫泾镇", "石化街道", "金山卫镇", "吕巷镇", "廊下镇", "张堰镇"));

    static final List<String> CLUSTERS = List.of("新材料", "智能装备", "生命健康", "信息技术", "高端绿色化工", "生产性服务业");
    static final int[] CLUSTER_WEIGHTS = {24, 22, 20, 12, 12, 10};

    static final Map<String, List<String>> SUB_SECTORS = Map.of(
            "新材料", List.of("高分子材料", "高性能合金材料", "高端复合材料", "先进材料"),
            "智能装备", List.of("无人系统", "智能制造及控制装备", "智能成套装备"),
            "生命健康", List.of("生物医药", "高端医疗器械及智能健康产品", "美丽产品", "健康食品"),
            "信息技术", List.of("新型显示", "集成电路", "电子通讯"),
            "高端绿色化工", List.of("精细化工", "化工新材料"),
            "生产性服务业", List.of("检验检测", "工业设计", "供应链管理"));

    /** The featured park a sub-sector may sit in, if any. */
    static final Map<String, String> PARK_BY_SUB_SECTOR = Map.ofEntries(
            Map.entry("高分子材料", "碳谷绿湾产业园"),
            Map.entry("高端复合材料", "碳谷绿湾产业园"),
            Map.entry("先进材料", "碳谷绿湾产业园"),
            Map.entry("无人系统", "华东无人机基地"),
            Map.entry("智能制造及控制装备", "长三角智能装备产业园"),
            Map.entry("智能成套装备", "长三角智能装备产业园"),
            Map.entry("生物医药", "湾区生物医药港"),
            Map.entry("高端医疗器械及智能健康产品", "湾区生物医药港"),
            Map.entry("健康食品", "湾区食尚汇"),
            Map.entry("新型显示", "南上海新型显示产业园"),
            Map.entry("电子通讯", "光电传输谷"),
            Map.entry("工业设计", "湾区科创中心"),
            Map.entry("检验检测", "湾区科创中心"));

    static final Map<String, List<String>> NAME_ENDINGS = Map.ofEntries(
            Map.entry("高分子材料", List.of("高分子材料有限公司", "新材料科技有限公司", "塑胶科技有限公司")),
            Map.entry("高性能合金材料", List.of("合金材料有限公司", "特种金属科技有限公司")),
            Map.entry("高端复合材料", List.of("复合材料有限公司", "碳纤维科技有限公司")),
            Map.entry("先进材料", List.of("新材料科技有限公司", "先进材料有限公司")),
            Map.entry("无人系统", List.of("无人机科技有限公司", "航空科技有限公司")),
            Map.entry("智能制造及控制装备", List.of("智能装备有限公司", "自动化科技有限公司", "机器人有限公司")),
            Map.entry("智能成套装备", List.of("机械设备有限公司", "智能成套装备有限公司")),
            Map.entry("生物医药", List.of("生物医药有限公司", "药业有限公司", "生物科技有限公司")),
            Map.entry("高端医疗器械及智能健康产品", List.of("医疗器械有限公司", "医疗科技有限公司")),
            Map.entry("美丽产品", List.of("化妆品有限公司", "日用化学品有限公司")),
            Map.entry("健康食品", List.of("食品有限公司", "食品科技有限公司")),
            Map.entry("新型显示", List.of("光电科技有限公司", "显示技术有限公司")),
            Map.entry("集成电路", List.of("半导体有限公司", "微电子有限公司")),
            Map.entry("电子通讯", List.of("电子科技有限公司", "通信技术有限公司")),
            Map.entry("精细化工", List.of("精细化工有限公司", "化学有限公司")),
            Map.entry("化工新材料", List.of("化工新材料有限公司", "新能源材料有限公司")),
            Map.entry("检验检测", List.of("检测技术有限公司", "质量技术服务有限公司")),
            Map.entry("工业设计", List.of("工业设计有限公司", "设计咨询有限公司")),
            Map.entry("供应链管理", List.of("供应链管理有限公司", "物流科技有限公司")));

    static final String BRAND_CHARACTERS = "金鑫枫泰华信恒瑞德远博科达盛海湾辰宇凯晟汇诚昊嘉亿丰润安立创新睿锦源卓航沣蓝峰晶弘普启然迈拓";

    /** Specialists by the towns they cover (portfolios by town). */
    static final Map<String, String> SPECIALIST_BY_TOWN = Map.ofEntries(
            Map.entry("山阳镇", "specialist.li"),
            Map.entry("金山卫镇", "specialist.li"),
            Map.entry("漕泾镇", "specialist.li"),
            Map.entry("石化街道", "specialist.li"),
            Map.entry("金山第二工业区", "specialist.li"),
            Map.entry("张堰镇", "specialist.li"),
            Map.entry("枫泾镇", "specialist.zhao"),
            Map.entry("朱泾镇", "specialist.zhao"),
            Map.entry("亭林镇", "specialist.zhao"),
            Map.entry("吕巷镇", "specialist.zhao"),
            Map.entry("廊下镇", "specialist.zhao"),
            Map.entry("金山工业区", "specialist.zhao"));

    private DistrictCatalogue() {}
}
