package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.model.Change;

/**
 * Reads the words before a number for a change from a base period ({@code 同比增长}, {@code 比上年下降},
 * {@code 较2020年减少}); the cue words are in {@code ontology/cues/change-words.tsv}.
 */
final class ChangeWords {
    /** The change the words end with (null if none) and the words before it, which name what changed. */
    record Read(Change change, String rest) {
    }

    private final Pattern ending;

    private ChangeWords(List<String> increase, List<String> decrease, List<String> base) {
        String b = "(?<base>" + String.join("|", base) + ")?";
        this.ending = Pattern.compile(b + "(?:(?<up>" + String.join("|", increase) + ")|(?<down>" + String.join("|", decrease) + "))了?$");
    }

    static ChangeWords standard() {
        List<String> increase = new ArrayList<>();
        List<String> decrease = new ArrayList<>();
        List<String> base = new ArrayList<>();
        for (DataFiles.Row row : DataFiles.readRows("cues/change-words.tsv")) {
            String regex = "(?:" + row.requireFields(2, "regex<TAB>increase|decrease|base").field(0) + ")";
            row.parsed(0, Pattern::compile);
            switch (row.field(1)) {
                case "increase" -> increase.add(regex);
                case "decrease" -> decrease.add(regex);
                case "base" -> base.add(regex);
                default -> throw new IllegalStateException(row.file() + " line " + row.line() + ": unknown kind '" + row.field(1)
                        + "' (known: increase, decrease, base)");
            }
        }
        return new ChangeWords(increase, decrease, base);
    }

    Read read(String before) {
        Matcher m = ending.matcher(before);
        if (!m.find()) {
            // 增长到, 提高至 end in the level reached: no change
            return new Read(null, before);
        }
        Change.Direction direction = m.group("up") != null ? Change.Direction.INCREASE : Change.Direction.DECREASE;
        return new Read(new Change(direction, m.group("base")), before.substring(0, m.start()));
    }
}
