package cn.jinshan.ladder.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternsTest {

    @Test
    void samplesMatchTheSimplePatternsServicesUse() {
        SplittableRandom random = new SplittableRandom(1);
        for (String regex : new String[] {
            "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
            "[0-9a-f]{8}",
            "^(TOOL|PART)$",
            "^\\+?\\d{7,15}$",
            "^[a-z]+(-[a-z]+)*$",
            "\\w{3,5}\\.(pdf|png)"
        }) {
            for (int i = 0; i < 50; i++) {
                String sample = Patterns.sample(regex, random);
                assertThat(sample).as(regex).isNotNull();
                assertThat(Pattern.compile(regex).matcher(sample).find())
                        .as(regex + " ~ " + sample)
                        .isTrue();
            }
        }
    }

    @Test
    void patternsBeyondTheGeneratorYieldNothing() {
        SplittableRandom random = new SplittableRandom(1);

        assertThat(Patterns.sample("^[^a-z]+$", random)).isNull();
        assertThat(Patterns.sample("^(?=.*\\d).{8,}$", random)).isNull();
        assertThat(Patterns.sample("\\p{L}+", random)).isNull();
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        assertThat(Patterns.sample("[a-z]{5}\\d{3}", new SplittableRandom(42)))
                .isEqualTo(Patterns.sample("[a-z]{5}\\d{3}", new SplittableRandom(42)));
    }
}
