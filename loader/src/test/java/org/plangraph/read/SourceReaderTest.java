package org.plangraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
    private static final String SIMPLIFIED = "关于印发法治政府建设实施方案的通知\n一、总体要求\n(一)指导思想。坚持依法行政。";
    private static final String TRADITIONAL = "關於印發法治政府建設實施方案的通知\n一、總體要求\n(一)指導思想。堅持依法行政。";
    private final SourceReader reader = new SourceReader();

    @Test
    void readsUtf8WithoutBom() throws Exception {
        SourceText t = reader.read("a.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", t.encoding());
        assertEquals(SIMPLIFIED, t.text());
    }

    @Test
    void dropsUtf8ByteOrderMark() throws Exception {
        byte[] body = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(SIMPLIFIED, reader.read("a.txt", bytes).text());
    }

    @Test
    void detectsGb18030() throws Exception {
        SourceText t = reader.read("a.txt", SIMPLIFIED.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030", t.encoding());
        assertEquals(SIMPLIFIED, t.text());
    }

    @Test
    void detectsBig5ForTraditionalText() throws Exception {
        SourceText t = reader.read("a.txt", TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertTrue(t.encoding().startsWith("Big5"), t.encoding());
        assertEquals(TRADITIONAL, t.text());
    }

    @Test
    void detectsUtf16WithAndWithoutBom() throws Exception {
        String text = "Plan 2024\n" + SIMPLIFIED;
        assertEquals(text, reader.read("a.txt", text.getBytes(StandardCharsets.UTF_16)).text());
        SourceText le = reader.read("a.txt", text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE", le.encoding());
        assertEquals(text, le.text());
    }

    @Test
    void detectsChineseUtf16WithoutBom() throws Exception {
        SourceText be = reader.read("a.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("UTF-16BE", be.encoding());
        assertEquals(SIMPLIFIED, be.text());
        assertEquals(TRADITIONAL, reader.read("a.txt", TRADITIONAL.getBytes(StandardCharsets.UTF_16LE)).text());
    }

    @Test
    void rejectsAnEmptyFileNamingIt() {
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> reader.read("empty.txt", new byte[0]));
        assertEquals("empty.txt: empty file", e.getMessage());
    }

    @Test
    void rejectsABinaryFileNamingIt() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 % 256);
        }
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> reader.read("image.png", bytes));
        assertTrue(e.getMessage().startsWith("image.png: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void recordsTheSha256OfTheBytes() throws Exception {
        SourceText t = reader.read("a.txt", "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", t.sha256());
    }
}
