package org.plangraph.align;

import java.util.ArrayList;
import java.util.List;
import org.plangraph.model.Provision;
import org.plangraph.model.TextSpan;
import org.plangraph.repair.SpanFactory;

/**
 * The evidence for an alignment: the measure's sentence closest to the item (as a span of the source,
 * like every other text the graph holds) and the item's key phrases the measure uses.
 */
final class EvidenceFinder {
    private final ItemProfiles profiles;

    EvidenceFinder(ItemProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * The sentence of {@code measure}'s body most similar to item {@code itemIndex}: the body says what
     * will be done, the heading (already in the graph) only names it; the heading where the body has
     * nothing closer.
     */
    TextSpan bestSentence(Provision measure, int itemIndex, SpanFactory spans) {
        if (measure.body() != null && !measure.body().text().isBlank()) {
            TextSpan inBody = bestSentence(measure.body(), itemIndex, spans);
            if (inBody != null) {
                return inBody;
            }
        }
        return bestSentence(measure.text(), itemIndex, spans);
    }

    private TextSpan bestSentence(TextSpan span, int itemIndex, SpanFactory spans) {
        String text = MeasureText.withoutNotes(span.text());
        int bestStart = -1;
        int bestEnd = -1;
        double best = -1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || "。；;！？!?\n".indexOf(text.charAt(i)) >= 0;
            if (!end) {
                continue;
            }
            int to = i < text.length() ? i + 1 : i;
            if (!text.substring(start, to).isBlank()) {
                double s = profiles.cosine(profiles.vector(CharacterBigrams.count(text.substring(start, to), 1.0)), itemIndex);
                if (s > best && s > 0) {
                    best = s;
                    bestStart = start;
                    bestEnd = to;
                }
            }
            start = to;
        }
        if (bestStart < 0) {
            return null;
        }
        // Trim the sentence to what it says: not a responsibility note blanked at either end.
        while (bestStart < bestEnd && Character.isWhitespace(text.charAt(bestStart))) {
            bestStart++;
        }
        while (bestEnd > bestStart && Character.isWhitespace(text.charAt(bestEnd - 1))) {
            bestEnd--;
        }
        return spans.within(span, bestStart, bestEnd);
    }

    /** The item's key phrases, and its title, that the measure's text contains. */
    static List<String> matchedPhrases(OutlineItem item, String measureText) {
        List<String> out = new ArrayList<>();
        if (item.title() != null && measureText.contains(item.title())) {
            out.add(item.title());
        }
        for (String phrase : item.keyPhrases()) {
            if (measureText.contains(phrase) && !out.contains(phrase)) {
                out.add(phrase);
            }
        }
        return out;
    }
}
