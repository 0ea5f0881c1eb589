package io.jenkins.plugins.modelarts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rfc3986Test {

    @Test
    void unreservedCharactersAreKept() {
        assertThat(Rfc3986.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
    }

    @Test
    void everythingElseIsPercentEncodedInUpperCaseHex() {
        assertThat(Rfc3986.encode("a b*c/d+e=f&g?h#i%j:k@l!m'n(o)p,q;r$s"))
                .isEqualTo("a%20b%2Ac%2Fd%2Be%3Df%26g%3Fh%23i%25j%3Ak%40l%21m%27n%28o%29p%2Cq%3Br%24s");
    }

    @Test
    void nonAsciiIsEncodedAsUtf8Bytes() {
        assertThat(Rfc3986.encode("ü模")).isEqualTo("%C3%BC%E6%A8%A1");
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Rfc3986.encode("İı i")).isEqualTo("%C4%B0%C4%B1%20i");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
