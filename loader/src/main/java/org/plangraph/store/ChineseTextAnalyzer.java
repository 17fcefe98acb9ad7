package org.plangraph.store;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.plangraph.repair.ScriptConverter;

/**
 * SmartChineseAnalyzer over simplified script: a character filter turns traditional characters into
 * simplified ones before the words are cut, so a traditional-script query finds simplified text and
 * the other way round. The same analyzer must be used for indexing and querying. It needs a nullary
 * constructor because jena-text's {@code text:GenericAnalyzer} builds it by class name.
 */
public final class ChineseTextAnalyzer extends Analyzer {
    // SmartChineseAnalyzer is final; its components are public, so we reuse them rather than copy them.
    private final SmartChineseAnalyzer words = new SmartChineseAnalyzer();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return words.createComponents(fieldName);
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
        return new LowerCaseFilter(in);
    }

    /**
     * Reads the whole input and converts it per code point; ICU's mapping keeps almost every
     * character one for one, so offsets stay those of the source text.
     */
    private static final class Simplifying extends CharFilter {
        private Reader converted;

        Simplifying(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (converted == null) {
                StringBuilder all = new StringBuilder();
                char[] buf = new char[4096];
                for (int n; (n = input.read(buf)) != -1; ) {
                    all.append(buf, 0, n);
                }
                converted = new java.io.StringReader(ScriptConverter.instance().simplify(all.toString()));
            }
            return converted.read(cbuf, off, len);
        }

        @Override
        protected int correct(int currentOff) {
            return currentOff;
        }
    }
}
