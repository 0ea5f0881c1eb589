package io.jenkins.plugins.modelarts.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.model.ResourceSpec;
import io.jenkins.plugins.modelarts.client.model.TrainingJobFlavor;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client's catalog calls against the emulator's catalog. */
class CatalogIT {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private ModelArtsClient client;

    @BeforeEach
    void connect() {
        client = Clients.akSk(EMULATOR.emulator(), RetryPolicy.defaults());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void v2FlavorsParseAndAgreeWithTheV1SpecsOfTheSameCode() {
        List<TrainingJobFlavor> flavors = client.catalog().trainingJobFlavors();

        assertThat(flavors).extracting(TrainingJobFlavor::flavorId).contains("modelarts.vm.gpu.p100", "modelarts.vm.cpu.8u");
        assertThat(flavors).allSatisfy(f -> {
            assertThat(f.flavorName()).isNotBlank();
            assertThat(f.flavorType()).isIn("CPU", "GPU", "Ascend");
            assertThat(f.unknownFields()).containsKeys("billing", "flavor_info"); // kept, not modelled
        });
        Map<String, Integer> v1MaxNum = client.catalog().resourceSpecs().stream()
                .collect(Collectors.toMap(ResourceSpec::specCode, ResourceSpec::maxNum));
        assertThat(flavors).filteredOn(f -> v1MaxNum.containsKey(f.flavorId())).hasSize(v1MaxNum.size())
                .allSatisfy(f -> assertThat(f.maxNum()).as(f.flavorId()).isEqualTo(v1MaxNum.get(f.flavorId())));
    }

    @Test
    void v2FlavorsOfOneType() {
        assertThat(client.catalog().trainingJobFlavors("Ascend")).extracting(TrainingJobFlavor::flavorType)
                .containsOnly("Ascend").isNotEmpty();
        assertThatThrownBy(() -> client.catalog().trainingJobFlavors("TPU"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo("ModelArts.2788"));
    }
}
