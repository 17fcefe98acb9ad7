package org.plangraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Document;
import org.plangraph.testing.ProjectFiles;
import org.plangraph.text.TitleKeys;

/**
 * Real documents nobody on the project wrote (../shared/corpus: web pages with chrome and metadata
 * blocks, database exports, dataset cells), against their document-level gold: each file gives the
 * documents the gold lists, with their kind, date, number and jurisdiction, a printed title where the
 * text prints one, and a measure count within 10 % (the scorer's tolerance).
 */
class CorpusAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyCorpusFileGivesTheDocumentsOfItsGold() throws Exception {
        Path docs = ProjectFiles.sharedOrSkip("corpus/docs");
        Path gold = ProjectFiles.sharedOrSkip("corpus/gold");
        Pipeline pipeline = Pipeline.standard();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path g : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonNode goldFile = JSON.readTree(g.toFile());
                Path doc = docs.resolve(goldFile.get("file").asText());
                tests.add(DynamicTest.dynamicTest(doc.getFileName().toString(), () -> check(pipeline.parse(doc), goldFile)));
            }
        }
        return tests.stream();
    }

    private static void check(AlignedFile parsed, JsonNode goldFile) {
        JsonNode goldDocs = goldFile.get("documents");
        String file = goldFile.get("file").asText();
        assertEquals(goldDocs.size(), parsed.documents().size(), "documents in " + file);
        for (int i = 0; i < goldDocs.size(); i++) {
            JsonNode gd = goldDocs.get(i);
            Document d = parsed.documents().get(i);
            String where = file + " " + gd.get("key").asText();
            if (!gd.hasNonNull("titleSource")) {
                // the text prints this title (the others come from a dataset's columns, which the file lacks)
                assertEquals(comparable(gd.get("title").asText()), comparable(d.title()), "title of " + where);
            }
            assertEquals(gd.get("kind").asText(), d.kind().notation(), "kind of " + where);
            assertEquals(text(gd, "date"), d.date(), "date of " + where);
            assertEquals(text(gd, "docNumber"), d.docNumber(), "number of " + where);
            assertEquals(text(gd, "jurisdiction"), d.jurisdiction(), "jurisdiction of " + where);
            int want = gd.has("measureCount") ? gd.get("measureCount").asInt() : gd.path("measures").size();
            int got = d.measures().size();
            assertTrue(Math.abs(got - want) <= Math.max(1, want / 10.0), "measures of " + where + ": want " + want + ", got " + got);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** Titles compare as the scorer compares them: brackets, dashes, quotes and punctuation folded. */
    private static String comparable(String title) {
        return TitleKeys.key(title).replaceAll("[()\\-,，.。:：;；、\"“”]", "");
    }
}
