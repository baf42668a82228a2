package vn.plandesk.logic.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import vn.plandesk.model.TimeExpression;

/** The sample annotations copied from shared/samples into the test resources. */
final class Samples {

    static final String PLAN_000 = "000_c35e675f79bbd5c5.json";
    static final String PLAN_004 = "004_939a8cc7529e5ded.json";

    /** A parser that understands nothing: what is read then comes from the file alone. */
    static final TimeJson.PhraseParser NO_PARSER = (words, issuedOn, year) -> TimeExpression.unresolved(words);

    private Samples() {
    }

    static Path path(String name) {
        URL url = Samples.class.getResource("/samples/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource samples/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(String name) throws IOException {
        return new ObjectMapper().readTree(path(name).toFile());
    }

    static JsonNode parse(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }
}
