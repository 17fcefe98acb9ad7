package org.plangraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes text bytes: detects the encoding (UTF-8 with or without BOM, UTF-16 with or without BOM,
 * GB18030/GBK, Big5) and decodes strictly, so that a wrong guess is noticed rather than silently
 * turned into replacement characters. A charset the file declares (an HTML meta tag) is tried first.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    /** Real GB text keeps nearly all its Han characters inside GB2312; Big5 bytes read as GBK do not. */
    private static final double GB2312_SHARE_OF_REAL_GB_TEXT = 0.85;
    /** UTF-16 decoding must give at least this share of characters a Chinese document is made of. */
    private static final double PLAUSIBLE_UTF16_SHARE = 0.9;

    private TextDecoder() {
    }

    record Decoded(String charset, String text) {
    }

    /**
     * Decodes with {@code declared} if it is given, known and decodes the bytes without error (pages
     * that declare gb2312 are read as GB18030, its superset, since they hold GBK characters as often as not);
     * otherwise detects the encoding.
     */
    static Decoded decode(String name, byte[] bytes, String declared) throws SourceRejectedException {
        Optional<Charset> charset = declared == null ? Optional.empty() : known(declared);
        if (charset.isPresent() && !startsWith(bytes, 0xEF, 0xBB, 0xBF) && !startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFE, 0xFF)) {
            Optional<String> text = strict(bytes, 0, charset.get());
            if (text.isPresent()) {
                return new Decoded(charset.get().name(), text.get());
            }
        }
        return decode(name, bytes);
    }

    private static Optional<Charset> known(String declared) {
        String d = declared.strip().toLowerCase(java.util.Locale.ROOT);
        if (d.equals("gb2312") || d.equals("gbk") || d.equals("x-gbk") || d.equals("cp936") || d.equals("gb_2312-80")) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(d));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Decoded decode(String name, byte[] bytes) throws SourceRejectedException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(t -> new Decoded("UTF-8", t))
                    .orElseThrow(() -> new SourceRejectedException(name, "starts with a UTF-8 byte-order mark but is not valid UTF-8"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE).map(t -> new Decoded("UTF-16LE", t))
                    .orElseThrow(() -> new SourceRejectedException(name, "starts with a UTF-16LE byte-order mark but is not valid UTF-16"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE).map(t -> new Decoded("UTF-16BE", t))
                    .orElseThrow(() -> new SourceRejectedException(name, "starts with a UTF-16BE byte-order mark but is not valid UTF-16"));
        }
        if (containsNul(bytes)) {
            // NUL bytes: UTF-16 without a byte-order mark, or not text at all
            Decoded best = null;
            double bestShare = 0;
            for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
                Optional<String> text = strict(bytes, 0, utf16);
                if (text.isPresent() && plausibleShare(text.get()) > bestShare) {
                    bestShare = plausibleShare(text.get());
                    best = new Decoded(utf16.name(), text.get());
                }
            }
            if (best != null && bestShare >= PLAUSIBLE_UTF16_SHARE) {
                return best;
            }
            throw new SourceRejectedException(name, "binary file, not text (it holds NUL bytes and is not UTF-16)");
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded("UTF-8", utf8.get());
        }
        Optional<String> gb = strict(bytes, 0, GB18030);
        if (gb.isPresent() && gb2312Share(gb.get()) >= GB2312_SHARE_OF_REAL_GB_TEXT) {
            return new Decoded("GB18030", gb.get());
        }
        for (Charset big5 : new Charset[] {BIG5, BIG5_HKSCS}) {
            Optional<String> text = strict(bytes, 0, big5);
            if (text.isPresent()) {
                return new Decoded(big5.name(), text.get());
            }
        }
        if (gb.isPresent()) {
            return new Decoded("GB18030", gb.get());
        }
        throw new SourceRejectedException(name, "not text in a known encoding (tried UTF-8, UTF-16, GB18030, Big5)");
    }

    /** Characters a Chinese document is made of: Han, CJK punctuation, printable ASCII, white space. */
    private static double plausibleShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long plausible = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20 && c < 0x7F)
                || c == '\n' || c == '\r' || c == '\t' || c == '“' || c == '”' || c == '—' || c == '…' || c == '·').count();
        return (double) plausible / text.codePointCount(0, text.length());
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static double gb2312Share(String text) {
        CharsetEncoder gb2312 = GB2312.newEncoder();
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (gb2312.canEncode(c)) {
                    common++;
                }
            }
        }
        return han == 0 ? 1.0 : (double) common / han;
    }

    /** True if {@code bytes} begin with the byte values {@code prefix}. */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
