package io.jenkins.plugins.modelarts.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class EmbeddedJsonDeserializerTest {

    @Test
    void objectsAndArraysStayAsTheyAre() {
        assertThat(EmbeddedJsonDeserializer.normalize(Fixtures.parse("{\"a\": 1}"))).isEqualTo(Fixtures.parse("{\"a\": 1}"));
        assertThat(EmbeddedJsonDeserializer.normalize(Fixtures.parse("[1]"))).isEqualTo(Fixtures.parse("[1]"));
    }

    @Test
    void textHoldingJsonBecomesTheTree() {
        assertThat(EmbeddedJsonDeserializer.normalize(TextNode.valueOf(" {\"a\": [\"1\"]} ")))
                .isEqualTo(Fixtures.parse("{\"a\": [\"1\"]}"));
        assertThat(EmbeddedJsonDeserializer.normalize(TextNode.valueOf("[1, 2]"))).isEqualTo(Fixtures.parse("[1, 2]"));
    }

    @Test
    void nothingBecomesNull() {
        assertThat(EmbeddedJsonDeserializer.normalize(null)).isNull();
        assertThat(EmbeddedJsonDeserializer.normalize(NullNode.getInstance())).isNull();
        assertThat(EmbeddedJsonDeserializer.normalize(MissingNode.getInstance())).isNull();
        assertThat(EmbeddedJsonDeserializer.normalize(TextNode.valueOf(""))).isNull();
        assertThat(EmbeddedJsonDeserializer.normalize(TextNode.valueOf(" null "))).isNull();
    }

    @Test
    void malformedOrScalarTextStaysText() {
        for (String text : new String[] {"{\"a\":", "{\"a\": 1} trailing", "not json", "42", "\"quoted\""}) {
            assertThat(EmbeddedJsonDeserializer.normalize(TextNode.valueOf(text))).isEqualTo(TextNode.valueOf(text));
        }
    }

    @Test
    void numbersAndBooleansStayAsTheyAre() {
        assertThat(EmbeddedJsonDeserializer.normalize(JsonNodeFactory.instance.numberNode(3))).isEqualTo(
                JsonNodeFactory.instance.numberNode(3));
    }
}
