import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.plangraph.repair.ScriptConverter;
import org.plangraph.store.ChineseTextAnalyzer;

/**
 * Chooses the text index's analyzer by measurement: SmartChineseAnalyzer (dictionary words) against
 * CJK bigrams (org.plangraph.store.ChineseTextAnalyzer), both after the same traditional → simplified
 * folding, on the literals the store indexes (pg:textAsRead, dct:title, pg:heading, skos:prefLabel)
 * of an N-Quads file. Reports the time to index them all (best of 3, into memory) and, for a set of
 * phrase queries analysts ask, recall and precision against the truth "the passage contains the
 * phrase" (both in simplified script).
 *
 * Usage: java -cp … bench/AnalyzerChoice.java FILE.nq
 */
public final class AnalyzerChoice {
    static final List<String> QUERIES = List.of("复议", "行政复议", "行政执法", "法治政府", "营商环境", "司法局", "公平竞争审查", "普法",
            "依法行政", "应诉", "法律顾问", "合法性审查", "执法证", "政务公开", "信访", "调解", "双随机", "证明事项", "告知承诺", "备案审查",
            "行政復議", "法治", "执法", "监督", "考核", "清单");

    public static void main(String[] args) throws Exception {
        Set<String> predicates = Set.of("https://w3id.org/plangraph/def#textAsRead", "http://purl.org/dc/terms/title",
                "https://w3id.org/plangraph/def#heading", "http://www.w3.org/2004/02/skos/core#prefLabel");
        Set<String> seen = new HashSet<>();
        List<String> texts = new ArrayList<>();
        RDFParser.source(Path.of(args[0])).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                Node o = q.getObject();
                if (o.isLiteral() && predicates.contains(q.getPredicate().getURI()) && seen.add(o.getLiteralLexicalForm())) {
                    texts.add(o.getLiteralLexicalForm());
                }
            }
        });
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d distinct literals, %.1f M characters%n%n", texts.size(), chars / 1e6);
        System.out.println("| analyzer | index time (s) | recall | precision | queries with a passage missed |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Analyzer analyzer : List.of(new SmartWords(), new ChineseTextAnalyzer())) {
            measure(analyzer, texts);
        }
    }

    static void measure(Analyzer analyzer, List<String> texts) throws Exception {
        double best = Double.MAX_VALUE;
        ByteBuffersDirectory dir = null;
        for (int round = 0; round < 3; round++) {
            dir = new ByteBuffersDirectory();
            long t0 = System.nanoTime();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < texts.size(); i++) {
                    Document d = new Document();
                    d.add(new StoredField("id", i));
                    d.add(new TextField("text", texts.get(i), Field.Store.YES));
                    w.addDocument(d);
                }
                w.commit();
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        List<String> simplified = texts.stream().map(t -> ScriptConverter.instance().simplify(t)).toList();
        long found = 0;
        long relevant = 0;
        long correct = 0;
        int missedQueries = 0;
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryParser parser = new QueryParser("text", analyzer);
            for (String q : QUERIES) {
                String simpleQ = ScriptConverter.instance().simplify(q);
                Set<Integer> truth = new HashSet<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (simplified.get(i).contains(simpleQ)) {
                        truth.add(i);
                    }
                }
                Set<Integer> hits = new HashSet<>();
                for (ScoreDoc sd : searcher.search(parser.parse("\"" + q + "\""), 100_000).scoreDocs) {
                    hits.add(searcher.storedFields().document(sd.doc).getField("id").numericValue().intValue());
                }
                relevant += truth.size();
                found += hits.size();
                Set<Integer> both = new HashSet<>(hits);
                both.retainAll(truth);
                correct += both.size();
                if (both.size() < truth.size()) {
                    missedQueries++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.3f | %.3f | %d of %d |%n", analyzer.getClass().getSimpleName(), best,
                relevant == 0 ? 1.0 : (double) correct / relevant, found == 0 ? 1.0 : (double) correct / found, missedQueries, QUERIES.size());
    }

    /** What the store used before: SmartChineseAnalyzer's words after the same script folding. */
    static final class SmartWords extends Analyzer {
        private final SmartChineseAnalyzer words = new SmartChineseAnalyzer();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return words.createComponents(fieldName);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            try {
                StringBuilder all = new StringBuilder();
                char[] buf = new char[4096];
                for (int n; (n = reader.read(buf)) != -1; ) {
                    all.append(buf, 0, n);
                }
                return new java.io.StringReader(ScriptConverter.instance().simplify(all.toString()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
