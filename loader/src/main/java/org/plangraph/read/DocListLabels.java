package org.plangraph.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.poi.hwpf.model.LFO;
import org.apache.poi.hwpf.model.ListFormatOverrideLevel;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The labels Word generates for numbered paragraphs of a DOC, as it prints them. A paragraph points
 * (ilfo) at a list override, which names a list (lsid) whose nine levels (LVL) hold a format code, a
 * template whose characters 0–8 stand for the levels' counts, a start and the restart rule. Counters
 * are kept per list, as Word keeps them. Limits: a level's formatting override inside the override
 * (rare) is read; the old Word 6 autonumbering (ANLD) is not.
 */
final class DocListLabels {
    /** {@link ListLevel#getRestart()} without fNoRestart: the level restarts after any level above it. */
    private static final int DEFAULT_RESTART = -1;
    private static final int FOLLOWED_BY_NOTHING = 2;

    private final ListTables lists;
    private final Map<Integer, ListCounters> countersByList = new HashMap<>();
    private final Map<Integer, ListCounters.Level[]> levelsByOverride = new HashMap<>();
    private final Set<Integer> overridesSeen = new HashSet<>();

    DocListLabels(ListTables lists) {
        this.lists = lists;
    }

    /** The label (and the space after it, if any) Word prints before this paragraph; empty if none. */
    String labelOf(Paragraph p) {
        if (lists == null || !p.isInList()) {
            return "";
        }
        int ilfo = p.getIlfo();
        if (ilfo <= 0) {
            return "";
        }
        try {
            LFO lfo = lists.getLfo(ilfo);
            int lsid = lfo.getLsid();
            ListCounters.Level[] levels = levelsByOverride.computeIfAbsent(ilfo, i -> levels(lsid, i));
            ListCounters counters = countersByList.computeIfAbsent(lsid, id -> new ListCounters());
            if (overridesSeen.add(ilfo)) {
                for (ListFormatOverrideLevel override : lists.getLfoData(ilfo).getRgLfoLvl()) {
                    int l = override.getLevelNum();
                    if (override.isStartAt() && l >= 0 && l < ListCounters.LEVELS) {
                        counters.restartAt(l, override.getIStartAt());
                    }
                }
            }
            return counters.next(p.getIlvl(), levels);
        } catch (NoSuchElementException | IndexOutOfBoundsException e) {
            return ""; // a paragraph pointing at a list the file does not define: Word prints no label either
        }
    }

    private ListCounters.Level[] levels(int lsid, int ilfo) {
        ListCounters.Level[] levels = new ListCounters.Level[ListCounters.LEVELS];
        for (int l = 0; l < ListCounters.LEVELS; l++) {
            ListLevel level = lists.getLevel(lsid, l);
            if (level != null) {
                levels[l] = level(level, l);
            }
        }
        for (ListFormatOverrideLevel override : lists.getLfoData(ilfo).getRgLfoLvl()) {
            int l = override.getLevelNum();
            if (override.isFormatting() && override.getLevel() != null && l >= 0 && l < ListCounters.LEVELS) {
                levels[l] = level(override.getLevel(), l);
            }
        }
        return levels;
    }

    private static ListCounters.Level level(ListLevel level, int index) {
        String template = level.getNumberText() == null ? "" : level.getNumberText();
        StringBuilder text = new StringBuilder();
        for (char c : template.toCharArray()) {
            if (c < ListCounters.LEVELS) {
                text.append('%').append((char) ('1' + c));
            } else {
                text.append(c);
            }
        }
        // with fNoRestart set, ilvlRestartLim says which levels above restart this one ([MS-DOC] LVLF)
        int restartLimit = level.getRestart() == DEFAULT_RESTART ? index : level.getRestart();
        return new ListCounters.Level(level.getStartAt(), ListNumberFormat.ofDocCode(level.getNumberFormat()), text.toString(),
                restartLimit, level.isLegalNumbering(), level.getTypeOfCharFollowingTheNumber() != FOLLOWED_BY_NOTHING);
    }
}
