package cn.jinshan.ladder.certification.listing.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a firm lists (four exchange boards) or is quoted (新三板, 上海股权托管交易中心), with the stages each takes. */
public enum Board {
    MAIN_BOARD("主板", false),
    STAR_MARKET("科创板", false),
    CHINEXT("创业板", false),
    BSE("北交所", false),
    NEEQ("新三板", true),
    SHANGHAI_EQUITY_EXCHANGE("上海股权托管交易中心", true);

    private final String zh;
    private final boolean quotation;

    Board(String zh, boolean quotation) {
        this.zh = zh;
        this.quotation = quotation;
    }

    public String zh() {
        return zh;
    }

    /** The stages of a pipeline on this board: a listing runs to 发行上市, a quotation from 股改 to 挂牌. */
    public Set<ListingStage> stages() {
        return quotation
                ? EnumSet.of(ListingStage.RESERVE_POOL, ListingStage.SHAREHOLDING_REFORM, ListingStage.QUOTED)
                : EnumSet.complementOf(EnumSet.of(ListingStage.QUOTED));
    }
}
