package cn.jinshan.ladder.certification.listing.domain;

/** The stages of a listing pipeline in their order; {@code QUOTED} (挂牌) ends a quotation instead of {@code LISTED}. */
public enum ListingStage {
    RESERVE_POOL("入库"),
    SHAREHOLDING_REFORM("股改"),
    TUTORING_FILING("辅导备案"),
    TUTORING_ACCEPTANCE("辅导验收"),
    APPLICATION_ACCEPTED("申报受理"),
    REVIEW_INQUIRY("审核问询"),
    LISTING_COMMITTEE("上市委审议"),
    REGISTRATION("注册"),
    LISTED("发行上市"),
    QUOTED("挂牌");

    private final String zh;

    ListingStage(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** True when the firm is listed or quoted once it reaches this stage. */
    public boolean completes() {
        return this == LISTED || this == QUOTED;
    }
}
