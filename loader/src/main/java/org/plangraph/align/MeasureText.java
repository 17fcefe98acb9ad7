package org.plangraph.align;

import java.util.regex.Pattern;
import org.plangraph.model.Provision;

/**
 * What a measure says it will do: its heading and body without responsibility notes. The notes
 * ((牵头单位：市司法局；责任单位：…)) name agencies, not subject matter, and their bigrams (司法, 单位)
 * would pull every measure toward the items that speak of the same bodies.
 */
final class MeasureText {
    /** A bracketed note naming units, which may itself hold short brackets: 各县(区)政府. */
    private static final String NOTE_CHARACTER = "(?:[^()（）]|[(（][^()（）]{0,20}[)）])";
    private static final Pattern RESPONSIBILITY_NOTE = Pattern.compile(
            "[(（]" + NOTE_CHARACTER + "{0,300}?(牵头|责任单位|配合单位|责任部门|完成时限|时间节点|负责)" + NOTE_CHARACTER + "{0,300}?[)）]"
            // a note whose opening bracket the publisher lost: 。牵头单位:市住建局;责任单位:…)
            + "|(牵头单位|责任单位)[:：]" + NOTE_CHARACTER + "{0,300}?[)）]");

    private MeasureText() {
    }

    static String heading(Provision p) {
        return p.heading() == null ? "" : p.heading();
    }

    /** The body (after label and heading), responsibility notes blanked out. */
    static String body(Provision p) {
        String body = p.body() == null ? p.text().text() : p.body().text();
        return withoutNotes(body);
    }

    /** {@code text} with each responsibility note replaced by spaces of its length, so offsets still hold. */
    static String withoutNotes(String text) {
        var m = RESPONSIBILITY_NOTE.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
