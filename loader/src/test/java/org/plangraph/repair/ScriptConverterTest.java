package org.plangraph.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScriptConverterTest {
    private final ScriptConverter converter = ScriptConverter.instance();

    @Test
    void traditionalCharactersBecomeSimplifiedOneForOne() {
        assertEquals("应当依法进行，审查率达到100%", converter.simplify("應當依法進行，審查率達到100%"));
        assertEquals("复议", converter.simplify("復議"));
        assertEquals("关于加强法治政府建设的实施意见", converter.simplify("關於加強法治政府建設的實施意見"));
    }

    @Test
    void textWithNothingTraditionalComesBackAsItIs() {
        String simplified = "抚州市司法局牵头，2025年底前完成。ABC (abc) ①";
        assertSame(simplified, converter.simplify(simplified));
        assertFalse(converter.changes('局'));
        assertFalse(converter.changes('A'));
        assertTrue(converter.changes('議'));
    }

    @Test
    void charactersOutsideTheBasicPlaneAreKept() {
        String supplementary = "𠀀𪚥" + "議";
        assertEquals("𠀀𪚥议", converter.simplify(supplementary));
    }

    @Test
    void manyThreadsConvertingAtOnceGetTheSameAnswers() throws Exception {
        String text = "關於加強法治政府建設的實施意見：堅持依法行政，規範執法行為，健全監督機制。";
        String expected = converter.simplify(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> converter.simplify(text))).toList();
            for (Future<String> answer : answers) {
                assertEquals(expected, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
