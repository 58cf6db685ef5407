package cn.jinshan.ladder.certification.listing.application;

import cn.jinshan.ladder.certification.listing.domain.ListingStage;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** District subsidies (万元) per listing milestone, e.g. 股改 30, 申报受理 70, 发行上市 200. */
@ConfigurationProperties("ladder.certification.listing")
public record ListingProperties(Map<ListingStage, Integer> subsidiesWan) {

    public ListingProperties {
        subsidiesWan = subsidiesWan == null ? Map.of() : Map.copyOf(subsidiesWan);
    }
}
