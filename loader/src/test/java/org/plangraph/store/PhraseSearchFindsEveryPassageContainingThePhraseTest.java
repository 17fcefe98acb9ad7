package org.plangraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search quality of the text index's analyzer on passages written for this test: a phrase query (as
 * jena-text parses {@code text:query (pg:textAsRead '"…"')}) finds exactly the passages that contain
 * the phrase, in either script — the property that chose bigrams over dictionary words, which cut
 * 复议 out of 行政复议诉讼 only when their dictionary says so.
 */
class PhraseSearchFindsEveryPassageContainingThePhraseTest {
    static final Map<String, String> PASSAGES = Map.of(
            "a", "健全行政复议案件审理机制，加强行政复议诉讼衔接。",
            "b", "落实行政机关负责人出庭应诉制度，提高行政应诉能力。",
            "c", "推進嚴格規範公正文明執法，全面推行行政執法公示制度。",
            "d", "深化“放管服”改革，持续优化法治化营商环境。",
            "e", "建立健全政府法律顾问制度，重大行政决策应当经过合法性审查。",
            "f", "市司法局牵头，各县（区）人民政府负责。",
            "g", "开展公平竞争审查，清理妨碍统一市场的规定。");
    static IndexSearcher searcher;
    static QueryParser parser;

    @BeforeAll
    static void index() throws Exception {
        ChineseTextAnalyzer analyzer = new ChineseTextAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Map.Entry<String, String> p : PASSAGES.entrySet()) {
                Document d = new Document();
                d.add(new StringField("id", p.getKey(), Field.Store.YES));
                d.add(new TextField("text", p.getValue(), Field.Store.YES));
                w.addDocument(d);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
        parser = new QueryParser("text", analyzer);
    }

    static Set<String> found(String phrase) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc sd : searcher.search(parser.parse("\"" + phrase + "\""), 100).scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc).get("id"));
        }
        return ids;
    }

    @Test
    void aPhraseFindsThePassagesContainingItAndNoOthers() throws Exception {
        assertEquals(Set.of("a"), found("复议"));
        assertEquals(Set.of("a"), found("复议诉讼"));
        assertEquals(Set.of("b"), found("应诉"));
        assertEquals(Set.of("d"), found("营商环境"));
        assertEquals(Set.of("e"), found("合法性审查"));
        assertEquals(Set.of("f"), found("司法局"));
        assertEquals(Set.of("g"), found("公平竞争审查"));
    }

    @Test
    void aPhraseIsNotAnOrOfItsCharacters() throws Exception {
        // every character of 审查复议 is in a passage, but the phrase is in none
        assertEquals(Set.of(), found("审查复议"));
        assertEquals(Set.of(), found("法治营商"));
    }

    @Test
    void eitherScriptFindsEither() throws Exception {
        assertEquals(Set.of("c"), found("行政执法"), "simplified query, traditional passage");
        assertEquals(Set.of("a"), found("行政復議"), "traditional query, simplified passage");
        assertEquals(new TreeSet<>(List.of("a", "b", "c", "e")), found("行政"), "both scripts at once");
    }
}
