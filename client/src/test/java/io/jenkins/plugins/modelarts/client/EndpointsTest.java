package io.jenkins.plugins.modelarts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndpointsTest {

    @Test
    void regionalEndpoints() {
        assertThat(Endpoints.modelArts("cn-north-4")).isEqualTo("https://modelarts.cn-north-4.myhuaweicloud.com");
        assertThat(Endpoints.iam("cn-north-4")).isEqualTo("https://iam.cn-north-4.myhuaweicloud.com");
        assertThat(Endpoints.obs("cn-north-4")).isEqualTo("https://obs.cn-north-4.myhuaweicloud.com");
    }

    @Test
    void hongKongModelArtsIsOnDotCn() {
        assertThat(Endpoints.modelArts("ap-southeast-1")).isEqualTo("https://modelarts.ap-southeast-1.myhuaweicloud.cn");
        assertThat(Endpoints.iam("ap-southeast-1")).isEqualTo("https://iam.ap-southeast-1.myhuaweicloud.com");
    }

    @Test
    void iamIsDerivedFromAModelArtsEndpoint() {
        assertThat(Endpoints.iamForModelArts("https://modelarts.ap-southeast-1.myhuaweicloud.cn/"))
                .isEqualTo("https://iam.ap-southeast-1.myhuaweicloud.com");
        assertThat(Endpoints.iamForModelArts("https://modelarts.eu-de.otc.t-systems.com"))
                .isEqualTo("https://iam.eu-de.otc.t-systems.com");
        assertThatThrownBy(() -> Endpoints.iamForModelArts("http://127.0.0.1:8080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("configure the IAM endpoint explicitly");
    }

    @Test
    void invalidRegionsAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Endpoints.modelArts("CN-North-4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid region 'CN-North-4'")
                .hasMessageContaining("cn-north-4");
        assertThatThrownBy(() -> Endpoints.iam("cn-north-4.evil.com/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoints.obs("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoints.obs("-cn")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Endpoints.obs(null)).hasMessage("region == null");
    }
}
