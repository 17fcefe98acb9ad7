package org.plangraph.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.model.Amount;
import org.plangraph.model.Clause;
import org.plangraph.model.Deadline;
import org.plangraph.model.Frequency;
import org.plangraph.model.Document;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.ColumnRole;
import org.plangraph.model.Provision;
import org.plangraph.model.TableCell;
import org.plangraph.model.Target;
import org.plangraph.model.TextSpan;
import org.plangraph.repair.SpanFactory;
import org.plangraph.segment.ClauseSplitter;

/**
 * Finds the targets of every measure and the document-level goals (parts whose heading matches
 * {@code cues/target-goal-headings.txt}): rates, counts, frequencies, time limits and deadlines.
 * A deadline governs the targets after it in its sentence; a sentence's frequency (每年) applies to
 * each of its targets. A deadline with no number in its reach is a target of its own (value null),
 * and so is a yearly duty without number or deadline.
 */
public final class TargetExtractor implements Extractor {
    /** Deadlines: yearly month-day, full date, end of month, (by) a year or its end. */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?<yearly>每年)?(?:(?<y1>(?:19|20)\\d{2})年)?(?<m>\\d{1,2})月(?:(?<d>\\d{1,2})日|(?<mend>底|末))?(?:前|之前|以前)"
            + "|(?:(?<![\\d])(?:到|至)(?<y2>(?:19|20)\\d{2})年(?:年(?=底|末))?(?<end2>底|末)?(?:前|之前|以前)?)"
            + "|(?<y3>(?:19|20)\\d{2})年(?:年(?=底|末))?(?<end3>底|末)?(?:前|之前|以前)"
            + "|(?<y4>(?:19|20)\\d{2})年(?:年(?=底|末))?(?<end4>底|末)");
    private static final Pattern GROUP_START = Pattern.compile("^(?:力争|争取|努力)");
    private static final Pattern FILLER = Pattern.compile("^[\\s力争取努到至前底末年月日每为并在\\d,，、]*$");
    /**
     * How far from a number its clause is read, either way, for the indicator and comparator. A clause
     * runs from comma to comma; in a run-on clause with thousands of numbers, reading (and copying) it
     * whole for each number was quadratic.
     */
    static final int CLAUSE_REACH = 120;

    private final Quantities quantities;
    /** Numbers that state a condition (收入过200亿元的), not a commitment: before-pattern and after-pattern. */
    private final List<Pattern[]> conditions = new ArrayList<>();
    private final List<Pattern> goalHeadings = new ArrayList<>();
    /** Frequency words (每年, 每季度 …) and the frequency each gives. */
    private final List<Map.Entry<Pattern, Frequency>> frequencies = new ArrayList<>();

    public TargetExtractor() {
        this.quantities = new Quantities();
        goalHeadings.addAll(DataFiles.readPatterns("cues/target-goal-headings.txt"));
        for (DataFiles.Row row : DataFiles.readRows("cues/target-conditions.tsv")) {
            row.requireFields(2, "regex before<TAB>regex after");
            conditions.add(new Pattern[] {row.parsed(0, Pattern::compile), row.parsed(1, Pattern::compile)});
        }
        for (DataFiles.Row row : DataFiles.readRows("cues/deadline-and-frequency.tsv")) {
            frequencies.add(Map.entry(Pattern.compile(row.requireFields(2, "regex<TAB>frequency").field(0)), row.notation(1, Frequency.class)));
        }
    }

    public static TargetExtractor standard() {
        return new TargetExtractor();
    }

    @Override
    public ParsedFile extract(ParsedFile file, SpanFactory spans) {
        List<Document> docs = new ArrayList<>();
        for (Document d : file.documents()) {
            List<Target> docTargets = new ArrayList<>(d.targets());
            // a month-day printed without 每年 or a year (6月底前) falls in the year a one-year plan covers
            Integer planYear = d.periodStart() != null && d.periodStart().equals(d.periodEnd()) ? d.periodStart() : null;
            List<Provision> ps = provisions(d.provisions(), spans, docTargets, planYear, null);
            docs.add(d.withProvisions(ps).withTargets(docTargets));
        }
        return file.withDocuments(docs);
    }

    /**
     * The provisions with their targets. {@code leadIn} is the deadline the lead-in of the section they
     * stand in sets (（三）…2019年底前,…), which governs the first paragraph of each measure under it
     * that names none of its own.
     */
    private List<Provision> provisions(List<Provision> ps, SpanFactory spans, List<Target> docTargets, Integer planYear,
            Deadline leadIn) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : ps) {
            if (p.measure()) {
                List<Target> ts = new ArrayList<>(p.targets());
                Reading reading = new Reading(false, planYear);
                reading.carried = leadIn;
                read(p, spans, reading, ts, docTargets);
                for (TableCell cell : p.cells(ColumnRole.DEADLINE)) {
                    ts.addAll(deadlineCell(p.body(), cell.text(), spans, planYear));
                }
                out.add(p.withTargets(ts).withChildren(provisions(p.children(), spans, docTargets, planYear, leadIn)));
            } else if (p.heading() != null && goalHeadings.stream().anyMatch(g -> g.matcher(p.heading()).find()) && !holdsMeasures(p)) {
                readGoals(p, spans, new Reading(true, planYear), docTargets);
                out.add(p);
            } else {
                // a section's lead-in frames its measures; its numbers are no commitment of their own, but
                // its last deadline governs the measures that name none
                Deadline own = lastDeadline(p, planYear);
                out.add(p.withChildren(provisions(p.children(), spans, docTargets, planYear, own != null ? own : leadIn)));
            }
        }
        return out;
    }

    /**
     * How far a deadline reaches past its sentence. In a measure, a deadline governs the rest of its
     * paragraph ({@code 到2023年,…超过5500亿元。培育壮大30家以上…}); in a goal section, where the lead-in
     * ({@code 到2023年,…}) sets the date for every goal listed after it, it governs the section, and a goal
     * without a number under it is a target of its own.
     */
    private static final class Reading {
        final boolean goals;
        final Integer planYear;
        Deadline carried;

        Reading(boolean goals, Integer planYear) {
            this.goals = goals;
            this.planYear = planYear;
        }
    }

    /** A goal section and the parts under it, in text order, under one reading. */
    private void readGoals(Provision p, SpanFactory spans, Reading reading, List<Target> docTargets) {
        read(p, spans, reading, docTargets, docTargets);
        for (Provision child : p.children()) {
            readGoals(child, spans, reading, docTargets);
        }
    }

    /**
     * The targets of a provision's own clauses, sentence by sentence: running text and a note's other
     * fields ({@code 完成时限:…}) give the provision's; a box (专栏) gives the document's. Notes give none.
     */
    private void read(Provision p, SpanFactory spans, Reading reading, List<Target> own, List<Target> document) {
        read(p.text(), p.clauses(), spans, reading, own, document);
    }

    /** The targets of {@code clauses} of {@code span}, sentence by sentence, as {@link #read(Provision, SpanFactory, Reading, List, List)}. */
    private void read(TextSpan span, List<Clause> clauses, SpanFactory spans, Reading reading, List<Target> own, List<Target> document) {
        String text = span.text();
        String masked = Quantities.mask(text);
        int previousEnd = 0;
        for (int i = 0; i < clauses.size();) {
            Clause first = clauses.get(i);
            int j = i;
            List<int[]> sentence = new ArrayList<>();
            while (j < clauses.size() && clauses.get(j).sentence() == first.sentence() && clauses.get(j).kind() == first.kind()) {
                Clause c = clauses.get(j);
                sentence.add(new int[] {c.contentStart(), c.contentEnd()});
                j++;
            }
            if (!reading.goals && text.substring(Math.min(previousEnd, first.start()), first.start()).indexOf('\n') >= 0) {
                reading.carried = null;
            }
            switch (first.kind()) {
                case STATEMENT, NOTE_FIELD -> sentence(span, spans, text, masked, sentence, reading, own);
                case BOX -> sentence(span, spans, text, masked, sentence, reading, document);
                default -> { }
            }
            previousEnd = clauses.get(j - 1).end();
            i = j;
        }
    }

    /** A date alone in a deadline cell (2024年6月, 2024年底, 6月30日) is due by its end, as if 底前 followed. */
    private static final Pattern BARE_DATE = Pattern.compile("^(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?$");

    /**
     * The deadlines of a table row's deadline cell, for its task. A cell that words its deadlines
     * (2024年6月底前启动,12月底前完成) gives them as text does; a bare date is due by its end; a cell
     * without a date (长期坚持, 持续推进) gives none.
     */
    private List<Target> deadlineCell(TextSpan task, TextSpan cell, SpanFactory spans, Integer planYear) {
        String text = cell.text().strip();
        List<Target> worded = find(cell, spans, planYear);
        if (!worded.isEmpty()) {
            return worded;
        }
        String due = text;
        if (!text.isEmpty() && BARE_DATE.matcher(text).matches()) {
            due = text + (text.endsWith("日") ? "前" : "底前");
        }
        Matcher m = DEADLINE.matcher(due);
        List<Target> out = new ArrayList<>();
        while (m.find()) {
            Deadline value = deadline(m, planYear);
            if (value != null) {
                out.add(new Target(text, task.text(), null, value, m.group("yearly") == null ? null : Frequency.PER_YEAR, cell));
            }
        }
        return out;
    }

    /** The last deadline a provision's own clauses state, or null. */
    private static Deadline lastDeadline(Provision p, Integer planYear) {
        String masked = Quantities.mask(p.text().text());
        Deadline last = null;
        for (Clause c : p.clauses()) {
            if (c.isNote()) {
                continue;
            }
            Matcher m = DEADLINE.matcher(masked).region(c.contentStart(), c.contentEnd());
            while (m.find()) {
                Deadline d = deadline(m, planYear);
                last = d != null ? d : last;
            }
        }
        return last;
    }

    private static boolean holdsMeasures(Provision p) {
        return p.measure() || p.children().stream().anyMatch(TargetExtractor::holdsMeasures);
    }

    private record DeadlineAt(int start, int end, Deadline value, boolean yearly) {
    }

    /** The targets stated in a stretch of text that is no provision's own (a table's deadline cell). */
    public List<Target> find(TextSpan span, SpanFactory spans, Integer planYear) {
        List<Target> out = new ArrayList<>();
        read(span, ClauseSplitter.standard().split(span.text(), 0, span.text().length()), spans, new Reading(false, planYear), out, out);
        return out;
    }

    /** The targets of one sentence, given as its clauses (offsets into {@code text}). */
    private void sentence(TextSpan span, SpanFactory spans, String text, String masked, List<int[]> clauses, Reading reading,
            List<Target> out) {
        int s = clauses.get(0)[0];
        int e = clauses.get(clauses.size() - 1)[1];
        String sm = masked.substring(s, e);
        // frequency words of the sentence, by position: a target takes the nearest one before it, else the first
        java.util.TreeMap<Integer, Frequency> frequencyAt = new java.util.TreeMap<>();
        for (Map.Entry<Pattern, Frequency> f : frequencies) {
            Matcher fm = f.getKey().matcher(sm);
            while (fm.find()) {
                frequencyAt.putIfAbsent(s + fm.start(), f.getValue());
            }
        }
        Frequency frequency = frequencyAt.isEmpty() ? null : frequencyAt.firstEntry().getValue();
        List<DeadlineAt> deadlines = new ArrayList<>();
        Matcher dm = DEADLINE.matcher(sm);
        while (dm.find()) {
            Deadline v = deadline(dm, reading.planYear);
            if (v != null) {
                deadlines.add(new DeadlineAt(s + dm.start(), s + dm.end(), v, dm.group("yearly") != null));
            }
        }
        if (deadlines.stream().anyMatch(DeadlineAt::yearly)) {
            frequency = frequency == null ? Frequency.PER_YEAR : frequency;
        }
        boolean heading = reading.goals && text.substring(lineStart(text, s), s).isBlank()
                && DASH_OPENING.matcher(text).region(s, e).lookingAt();
        Deadline carried = reading.carried;
        if (deadlines.isEmpty() && carried != null && reading.goals && !heading) {
            // the lead-in's date governs this goal: as if the sentence began with it
            deadlines.add(new DeadlineAt(s, s, carried, false));
        }
        if (!deadlines.isEmpty()) {
            reading.carried = deadlines.get(deadlines.size() - 1).value();
        }

        List<Quantities.Quantity> qs = new ArrayList<>();
        for (Quantities.Quantity q : quantities.find(sm)) {
            Quantities.Quantity abs = new Quantities.Quantity(s + q.start(), s + q.end(), q.value(), q.unit(), q.unitAsPrinted(),
                    q.kind(), q.range(), q.chinese(), q.between(), q.after());
            int[] clause = clauseOf(clauses, abs.start());
            String before = masked.substring(Math.max(clause[0], abs.start() - CLAUSE_REACH), abs.start());
            if (abs.chinese() && !quantities.comparatorJustBefore(before)) {
                continue;
            }
            if (isCondition(masked, clause[0], abs.start(), abs.end())) {
                continue;
            }
            qs.add(abs);
        }
        boolean[] clauseHasQuantity = new boolean[clauses.size()];
        for (Quantities.Quantity q : qs) {
            int ci = clauseIndex(clauses, q.start());
            clauseHasQuantity[ci] = true;
            int[] clause = {clauses.get(ci)[0], Math.max(clauses.get(ci)[1], q.end())};
            int from = Math.max(clause[0], q.start() - CLAUSE_REACH);
            String before = text.substring(from, q.start());
            Deadline deadline = governing(deadlines, q.start(), clauses.get(0)[1], clause[0]);
            if (deadline == null) {
                deadline = carried;
            }
            var f = frequencyAt.floorEntry(q.start());
            Frequency qFrequency = f != null ? f.getValue() : frequency;
            Amount amount = new Amount(quantities.comparator(before, q), q.value(), q.unit(), q.unitAsPrinted(), q.kind());
            List<String> rates = Quantities.sharedRates(before);
            if (rates.isEmpty()) {
                rates = Quantities.sharedSubjects(before);
            }
            int n = Math.max(1, rates.size());
            for (int i = 0; i < n; i++) {
                String indicator = rates.isEmpty()
                        ? indicator(before, text.substring(q.end(), Math.min(clause[1], q.end() + CLAUSE_REACH)))
                        : rates.get(i).strip();
                out.add(new Target(text.substring(from, Math.min(clause[1], q.end())).strip(), indicator, amount,
                        deadline, qFrequency, spans.within(span, from, Math.min(clause[1], q.end()))));
            }
        }
        // deadlines without a number in their reach, each group of clauses a target of its own
        for (int di = 0; di < deadlines.size(); di++) {
            DeadlineAt d = deadlines.get(di);
            int from = clauseIndex(clauses, d.start());
            int to = di + 1 < deadlines.size() ? clauseIndex(clauses, deadlines.get(di + 1).start()) : clauses.size();
            if (to == from) {
                continue;
            }
            int groupStart = -1;
            for (int ci = from; ci <= to; ci++) {
                boolean boundary = ci == to || clauseHasQuantity[ci]
                        || (ci > from && GROUP_START.matcher(text.substring(clauses.get(ci)[0], clauses.get(ci)[1]).strip()).find());
                if (boundary && groupStart >= 0) {
                    addNullTarget(span, spans, text, clauses.get(groupStart)[0], clauses.get(ci - 1)[1], d.value(), frequency, out);
                    groupStart = -1;
                }
                if (ci < to && !clauseHasQuantity[ci] && groupStart < 0) {
                    groupStart = ci;
                }
            }
        }
        // a yearly duty with neither number nor deadline: the whole sentence, or the clause that states
        // it where the sentence's numbers stand in other clauses (每年支持一批企业,给予奖补100万元)
        if (deadlines.isEmpty() && frequency != null && !sm.contains("每隔")) {
            if (qs.isEmpty()) {
                addNullTarget(span, spans, text, s, e, null, frequency, out);
            } else {
                int ci = clauseIndex(clauses, frequencyAt.firstKey());
                if (!clauseHasQuantity[ci]) {
                    addNullTarget(span, spans, text, clauses.get(ci)[0], clauses.get(ci)[1], null, frequency, out);
                }
            }
        }
    }

    /**
     * True if a number states a condition. The words before it are read no further back than
     * {@link #CLAUSE_REACH} (a run-on clause of thousands of numbers made reading it whole quadratic);
     * where its clause starts further back, {@code ^} in a pattern does not match.
     */
    private boolean isCondition(String masked, int clauseStart, int start, int end) {
        int from = Math.max(clauseStart, start - CLAUSE_REACH);
        for (Pattern[] c : conditions) {
            Matcher before = c[0].matcher(masked).region(from, start);
            before.useAnchoringBounds(from == clauseStart);
            if (before.find() && c[1].matcher(masked).region(end, Math.min(masked.length(), end + CLAUSE_REACH)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A goal listed after a dash (——, --) opens with a heading sentence that names it: no target of its own. */
    private static final Pattern DASH_OPENING = Pattern.compile("\\s*(?:——|--|—|－－|-)");

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    private static void addNullTarget(TextSpan span, SpanFactory spans, String text, int from, int to, Deadline deadline,
            Frequency frequency, List<Target> out) {
        String t = text.substring(from, to).strip();
        String content = DEADLINE.matcher(t).replaceAll("");
        if (FILLER.matcher(content).matches()) {
            return;
        }
        String indicator = content.replaceAll("^[,，、\\s]*(?:力争|争取|并)?(?:在)?[,，、\\s]*", "").strip();
        out.add(new Target(t, indicator, null, deadline, frequency, spans.within(span, from, to)));
    }

    /**
     * The deadline of a number: the last one before it in its own clause, else the last one in the
     * sentence's first clause (before the number). Deadlines are in text order; found by bisection,
     * as a sentence may hold thousands.
     */
    private static Deadline governing(List<DeadlineAt> deadlines, int at, int firstClauseEnd, int clauseStart) {
        int last = lastStartingBefore(deadlines, at + 1);
        if (last >= 0 && deadlines.get(last).start() >= clauseStart) {
            return deadlines.get(last).value();
        }
        int inFirstClause = lastStartingBefore(deadlines, Math.min(firstClauseEnd, at + 1));
        return inFirstClause >= 0 ? deadlines.get(inFirstClause).value() : null;
    }

    /** The index of the last deadline that starts before {@code limit}, or -1. */
    private static int lastStartingBefore(List<DeadlineAt> deadlines, int limit) {
        int lo = 0;
        int hi = deadlines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (deadlines.get(mid).start() < limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static String indicator(String before, String after) {
        String b = DEADLINE.matcher(before).replaceAll("")
                .replaceAll("(?:力争|争取|每年度?|每季度?|每月|一般|均|要)", "")
                .replaceAll("(?:不少于|不得少于|不低于|至少|达到|达|提高到|提升到|超过|不超过|最迟|控制在|实现|在)$", "")
                .replaceAll("^[,，、\\s]+", "").strip();
        if (b.length() >= 2) {
            return b;
        }
        String a = after.replaceAll("^(?:以上|以内|之内|内|左右)", "").strip();
        return (b + a).isBlank() ? null : (b + a);
    }

    private static int[] clauseOf(List<int[]> clauses, int at) {
        return clauses.get(clauseIndex(clauses, at));
    }

    /** The first clause that ends after {@code at} (the last if none does), by bisection: clauses are in text order. */
    private static int clauseIndex(List<int[]> clauses, int at) {
        int lo = 0;
        int hi = clauses.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at < clauses.get(mid)[1]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The deadline a match of {@link #DEADLINE} states. A month-day printed without a year is in the
     * plan's year when the plan covers one; otherwise (and with 每年) it is a day of every year.
     * Null for a date that does not exist (13月, 2月30日).
     */
    private static Deadline deadline(Matcher m, Integer planYear) {
        try {
            if (m.group("m") != null) {
                int month = Integer.parseInt(m.group("m"));
                if (month < 1 || month > 12) {
                    return null;
                }
                Integer year = m.group("y1") != null ? Integer.valueOf(m.group("y1")) : m.group("yearly") == null ? planYear : null;
                int day;
                if (m.group("d") != null) {
                    day = Integer.parseInt(m.group("d"));
                } else if (m.group("mend") == null) {
                    // 6月前: before the month begins
                    day = 1;
                } else {
                    // a month end of every year falls on the month's last day of a common year
                    day = YearMonth.of(year == null ? 2001 : year, month).lengthOfMonth();
                }
                return year == null ? new Deadline.EveryYearBy(MonthDay.of(month, day)) : new Deadline.ByDate(LocalDate.of(year, month, day));
            }
            for (String[] g : new String[][] {{"y2", "end2"}, {"y3", "end3"}, {"y4", "end4"}}) {
                if (m.group(g[0]) != null) {
                    int year = Integer.parseInt(m.group(g[0]));
                    return m.group(g[1]) != null ? new Deadline.ByDate(LocalDate.of(year, 12, 31)) : new Deadline.ByYear(Year.of(year));
                }
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
