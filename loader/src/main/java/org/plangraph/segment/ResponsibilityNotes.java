package org.plangraph.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.model.ClauseKind;
import org.plangraph.model.Role;
import org.plangraph.text.UnitNames;

/**
 * Finds where responsibility notes stand in a provision's text — {@code (牵头单位:…;责任单位:…)} at the
 * end of a sentence, {@code 责任单位:…} on a line of its own, {@code (X牵头,Y配合)} in words — and the
 * other fields a labelled note carries ({@code 完成时限:…}). Reading the units of a note is the extract
 * stage's work; this only marks the note off, so that no other extractor reads it as running text.
 * Role labels and verbs are cue data ({@code cues/responsibility-roles.tsv}, {@code responsibility-verbs.tsv}).
 */
public final class ResponsibilityNotes {
    /**
     * A note is read no further than this from its opening: the longest lists of units run to a few
     * hundred characters. Without a bound, each of many unclosed notes on a long line read to the
     * line's end, which was quadratic.
     */
    public static final int MAX_NOTE_LENGTH = 500;
    /** The longest unit-name ending in {@link UnitNames#AGENCY_END} is shorter than this. */
    private static final int AGENCY_ENDING_REACH = 4;

    /** A note: its whole extent, its content (inside the brackets), its form, and its other fields. */
    public record Note(ClauseKind kind, int start, int end, int contentStart, int contentEnd, List<int[]> fields) {
    }

    /** A role label and its colon: group 1 the label. */
    private final Pattern label;
    private final Map<String, Role> roleByLabel;
    private final Map<String, Role> roleByVerb;
    /** A note in words, its content: {@code 由省发展改革委牵头,省财政厅配合}; groups 1 and 3 units, 2 and 4 verbs. */
    private final Pattern verbList;
    /** A bracketed stretch that may be a note in words. */
    private static final Pattern BRACKETED = Pattern.compile("[(（]([^():：（）\\n]{3,160})[)）]");
    /** A sentence that may assign units in words: 由X牵头,Y配合. */
    private static final Pattern PROSE = Pattern.compile("(?<=^|[。；;\\n])[ \\t　]*(由[^。；;\\n()（）:：]{3,160}?)(?=[。；;\\n]|$)");
    private final Pattern otherField;
    private final List<Pattern> bodyVerbs;

    private ResponsibilityNotes(Map<String, Role> roleByLabel, Map<String, Role> roleByVerb, List<String> otherFieldLabels,
            List<Pattern> bodyVerbs) {
        this.roleByLabel = roleByLabel;
        this.roleByVerb = roleByVerb;
        List<String> sorted = new ArrayList<>(roleByLabel.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.label = Pattern.compile("(" + String.join("|", sorted) + ")\\s*[:：]");
        List<String> verbs = new ArrayList<>(roleByVerb.keySet());
        verbs.sort(Comparator.comparingInt(String::length).reversed());
        String verb = String.join("|", verbs);
        this.verbList = Pattern.compile("(?:由)?([^():：（）,，;；]{2,60}?)(" + verb + ")(?:[,，;；、]\\s*(?:由)?([^():：（）]{2,80}?)(" + verb + "))?");
        List<String> others = new ArrayList<>(otherFieldLabels);
        others.sort(Comparator.comparingInt(String::length).reversed());
        this.otherField = Pattern.compile("(?:" + String.join("|", others) + ")\\s*[:：]");
        this.bodyVerbs = bodyVerbs;
    }

    private static volatile ResponsibilityNotes standard;

    /** The notes of the cue files; read once. */
    public static ResponsibilityNotes standard() {
        if (standard == null) {
            synchronized (ResponsibilityNotes.class) {
                if (standard == null) {
                    Map<String, Role> labels = new LinkedHashMap<>();
                    for (DataFiles.Row row : DataFiles.readRows("cues/responsibility-roles.tsv")) {
                        labels.put(row.field(0), row.notation(1, Role.class));
                    }
                    Map<String, Role> verbs = new LinkedHashMap<>();
                    for (DataFiles.Row row : DataFiles.readRows("cues/responsibility-verbs.tsv")) {
                        verbs.put(row.field(0), row.notation(1, Role.class));
                    }
                    standard = new ResponsibilityNotes(labels, verbs, DataFiles.readList("cues/note-other-fields.txt"),
                            DataFiles.readPatterns("cues/heading-verbs.txt"));
                }
            }
        }
        return standard;
    }

    /** A role label followed by its colon ({@code 牵头单位:}): group 1 the label. */
    public Pattern label() {
        return label;
    }

    /** The role a label gives ({@code 牵头单位} → lead). */
    public Role roleOfLabel(String label) {
        return roleByLabel.get(label);
    }

    /** The role a verb gives ({@code 牵头} → lead, {@code 配合} → responsible). */
    public Role roleOfVerb(String verb) {
        return roleByVerb.get(verb);
    }

    /** The content of a note in words: groups 1 and 3 the units, 2 and 4 the verbs that give their roles. */
    public Pattern verbList() {
        return verbList;
    }

    /** The notes in {@code text} from {@code from} to {@code to}, in text order, none overlapping. */
    public List<Note> find(String text, int from, int to) {
        List<Note> notes = new ArrayList<>();
        Matcher m = label.matcher(text).region(from, to);
        int searchFrom = from;
        while (searchFrom < to && m.region(searchFrom, to).find()) {
            int labelStart = m.start();
            int open = labelStart - 1;
            while (open >= from && text.charAt(open) == ' ') {
                open--;
            }
            Note note = open >= from && (text.charAt(open) == '(' || text.charAt(open) == '（')
                    ? bracketed(text, open, to)
                    : ownLine(text, labelStart, to);
            notes.add(note);
            searchFrom = Math.max(note.end(), m.end());
        }
        // verb notes never overlap a labelled note; labelled notes are in text order, so one pass checks them
        List<Note> labelled = List.copyOf(notes);
        int next = 0;
        List<int[]> inWords = new ArrayList<>();
        Matcher b = BRACKETED.matcher(text).region(from, to);
        while (b.find()) {
            if (namesUnits(b.group(1))) {
                inWords.add(new int[] {b.start(), b.end(), b.start(1), b.end(1)});
            }
        }
        Matcher p = PROSE.matcher(text).region(from, to);
        p.useTransparentBounds(true);
        while (p.find()) {
            if (namesUnits(p.group(1))) {
                inWords.add(new int[] {p.start(1), p.end(1), p.start(1), p.end(1)});
            }
        }
        inWords.sort(Comparator.comparingInt(a -> a[0]));
        for (int[] w : inWords) {
            while (next < labelled.size() && labelled.get(next).end() <= w[0]) {
                next++;
            }
            if (next < labelled.size() && labelled.get(next).start() < w[1]) {
                continue;
            }
            notes.add(new Note(ClauseKind.VERB_NOTE, w[0], w[1], w[2], w[3], List.of()));
        }
        notes.sort(Comparator.comparingInt(Note::start));
        return notes;
    }

    /** True where words assign units by verbs: the whole is X牵头[,Y配合], and each X ends like a unit's name. */
    private boolean namesUnits(String content) {
        Matcher m = verbList.matcher(content.strip());
        if (!m.matches()) {
            return false;
        }
        return endsLikeAUnit(m.group(1)) && (m.group(3) == null || endsLikeAUnit(m.group(3)));
    }

    private static boolean endsLikeAUnit(String units) {
        String last = units.strip().replaceAll("等$", "");
        return UnitNames.AGENCY_END.matcher(last).find();
    }

    /** A note in brackets, from {@code open}; a missing closing bracket ends it after its last unit name. */
    private Note bracketed(String text, int open, int to) {
        int depth = 0;
        int close = -1;
        int limit = Math.min(to, open + MAX_NOTE_LENGTH);
        for (int i = open; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '。') {
                break;
            }
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                depth--;
                if (depth == 0) {
                    close = i;
                    break;
                }
            }
        }
        if (close >= 0) {
            return labelled(text, open, close + 1, open + 1, close);
        }
        int end = open + 1;
        while (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '。') {
            end++;
        }
        int cut = open + 1 + unitListEnd(text.substring(open + 1, end));
        return labelled(text, open, cut, open + 1, cut);
    }

    /**
     * A note without an opening bracket: on a line of its own ({@code 责任单位:…} up to the end of the
     * line), or inside a sentence that lost its opening bracket, ended by the unmatched closing one.
     */
    private Note ownLine(String text, int labelStart, int to) {
        int depth = 0;
        int end = labelStart;
        int limit = Math.min(to, labelStart + MAX_NOTE_LENGTH);
        while (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '。') {
            char c = text.charAt(end);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                if (depth == 0) {
                    return labelled(text, labelStart, end + 1, labelStart, end);
                }
                depth--;
            }
            end++;
        }
        boolean lineStart = labelStart == 0 || text.charAt(labelStart - 1) == '\n';
        int cut = lineStart ? end : labelStart + unitListEnd(text.substring(labelStart, end));
        return labelled(text, labelStart, cut, labelStart, cut);
    }

    private Note labelled(String text, int start, int end, int contentStart, int contentEnd) {
        List<int[]> fields = new ArrayList<>();
        Matcher f = otherField.matcher(text).region(contentStart, contentEnd);
        List<Integer> starts = new ArrayList<>();
        while (f.find()) {
            starts.add(f.start());
        }
        Matcher l = label.matcher(text);
        for (int i = 0; i < starts.size(); i++) {
            int fieldEnd = contentEnd;
            if (i + 1 < starts.size()) {
                fieldEnd = starts.get(i + 1);
            }
            if (l.region(starts.get(i), fieldEnd).find()) {
                fieldEnd = l.start();
            }
            int e = fieldEnd;
            while (e > starts.get(i) && ",，;；、 ".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            fields.add(new int[] {starts.get(i), e});
        }
        return new Note(ClauseKind.LABELLED_NOTE, start, end, contentStart, contentEnd, fields);
    }

    /**
     * Where a unit list that lost its closing bracket ends: before the first body verb that follows a
     * unit name ({@code …东临新区管委会加强和改进…}), else at its end.
     */
    private int unitListEnd(String content) {
        Matcher agencyEnd = UnitNames.AGENCY_END.matcher(content);
        for (int i = 2; i < content.length() - 1; i++) {
            // only the last few characters before i can hold a unit-name ending: matching the whole prefix was quadratic
            if (!agencyEnd.region(Math.max(0, i - AGENCY_ENDING_REACH), i).find()) {
                continue;
            }
            for (Pattern verb : bodyVerbs) {
                if (verb.matcher(content).region(i, content.length()).lookingAt()) {
                    return i;
                }
            }
        }
        return content.length();
    }
}
