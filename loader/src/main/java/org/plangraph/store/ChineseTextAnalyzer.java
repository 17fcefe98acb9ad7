package org.plangraph.store;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.plangraph.repair.ScriptConverter;

/**
 * Overlapping character bigrams over simplified script — Lucene's CJKAnalyzer chain (standard
 * tokenizer, width folding, lower case, CJK bigrams) without its English stop words — after a
 * character filter that turns traditional characters into simplified ones, so a traditional-script
 * query finds simplified text and the other way round.
 *
 * <p>Bigrams rather than SmartChineseAnalyzer's dictionary words, by measurement (bench/README.md,
 * "Text index"): a phrase query of two or more characters then finds every passage containing it,
 * where word cutting misses passages whose words are cut otherwise (复议 inside 行政复议诉讼…), and
 * indexing costs a fraction of the time. The same analyzer must be used for indexing and querying.
 * It needs a nullary constructor because jena-text's {@code text:GenericAnalyzer} builds it by
 * class name.
 */
public final class ChineseTextAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new Simplifying(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new Simplifying(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }

    /**
     * Rewrites each character read in place, so offsets stay those of the source text: the few rare
     * characters whose simplified form is outside the Basic Plane (two UTF-16 units) are left as
     * written, at index and query time alike.
     */
    private static final class Simplifying extends CharFilter {
        private static final ScriptConverter SCRIPT = ScriptConverter.instance();

        Simplifying(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int read = input.read(cbuf, off, len);
            for (int i = off; i < off + read; i++) {
                cbuf[i] = SCRIPT.oneForOne(cbuf[i]);
            }
            return read;
        }

        @Override
        protected int correct(int currentOff) {
            return currentOff;
        }
    }
}
