package org.plangraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.model.Clause;
import org.plangraph.model.ClauseKind;
import org.plangraph.model.Document;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.Provision;
import org.plangraph.model.Responsibility;
import org.plangraph.model.Role;
import org.plangraph.model.TableCell;
import org.plangraph.model.Task;
import org.plangraph.model.TextSpan;
import org.plangraph.model.UnitMention;
import org.plangraph.repair.SpanFactory;
import org.plangraph.segment.ResponsibilityNotes;
import org.plangraph.text.UnitLists;

/**
 * Splits each measure into tasks at its responsibility notes — {@code (牵头单位:…;责任单位:…)} at the
 * end of a sentence, {@code 责任单位:…} on a line of its own — and reads the units of each note with
 * their roles. A measure that prints no note gets one task whose duty falls to the document's
 * issuers, marked inferred.
 */
public final class ResponsibilityExtractor implements Extractor {
    /** A labelled line after the last note that annotates the task (完成时限:…), not a task of its own. */
    private static final Pattern ANNOTATION = Pattern.compile("^\\p{IsHan}{2,6}:");

    /** The segment stage's reader of notes: its role labels and verbs are the ones read here. */
    private final ResponsibilityNotes noteCues;
    private final List<String> trailingClauses;
    private final List<Pattern> leadFirstConventions = DataFiles.readPatterns("cues/lead-first-conventions.txt");

    private ResponsibilityExtractor(ResponsibilityNotes noteCues, List<String> trailingClauses) {
        this.noteCues = noteCues;
        this.trailingClauses = trailingClauses;
    }

    public static ResponsibilityExtractor standard() {
        return new ResponsibilityExtractor(ResponsibilityNotes.standard(), DataFiles.readList("cues/note-trailing-clauses.txt"));
    }

    @Override
    public ParsedFile extract(ParsedFile file, SpanFactory spans) {
        List<Document> documents = new ArrayList<>();
        for (Document d : file.documents()) {
            List<Provision> ps = provisions(d.provisions(), d, spans);
            // the convention may be stated by the notice that issues the plan
            boolean firstLeads = leadsFirst(d) || file.documents().stream().anyMatch(n -> n.transmits().contains(d.key()) && leadsFirst(n));
            documents.add(d.withProvisions(firstLeads ? withFirstUnitLeading(ps) : ps));
        }
        return file.withDocuments(documents);
    }

    /** True where the document says, once for all its notes, that the first unit listed leads. */
    private boolean leadsFirst(Document d) {
        String text = d.text().text();
        return leadFirstConventions.stream().anyMatch(c -> c.matcher(text).find());
    }

    /** Each task whose note names no lead: its first listed unit leads. */
    private static List<Provision> withFirstUnitLeading(List<Provision> ps) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : ps) {
            List<Task> tasks = new ArrayList<>();
            for (Task t : p.tasks()) {
                List<Responsibility> rs = t.responsibilities();
                boolean read = !rs.isEmpty() && rs.stream().noneMatch(Responsibility::inferred);
                if (read && rs.stream().noneMatch(r -> r.role() == Role.LEAD)) {
                    List<Responsibility> led = new ArrayList<>(rs);
                    led.set(0, new Responsibility(Role.LEAD, rs.get(0).unit(), false));
                    tasks.add(t.withResponsibilities(led));
                } else {
                    tasks.add(t);
                }
            }
            out.add(p.withTasks(tasks).withChildren(withFirstUnitLeading(p.children())));
        }
        return out;
    }

    private List<Provision> provisions(List<Provision> ps, Document d, SpanFactory spans) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : ps) {
            Provision withChildren = p.withChildren(provisions(p.children(), d, spans));
            out.add(p.measure() ? withChildren.withTasks(p.cells().isEmpty() ? tasks(p, d, spans) : rowTasks(p, d, spans)) : withChildren);
        }
        return out;
    }

    /** A responsibility note found in a measure's body: where it stands and what it assigns. */
    record Note(int start, int end, List<Responsibility> responsibilities) {
    }

    List<Task> tasks(Provision measure, Document d, SpanFactory spans) {
        TextSpan body = measure.body().text().isBlank() ? headingSpan(measure, spans) : measure.body();
        String text = body.text();
        List<Note> notes = notes(measure, body);
        List<Task> tasks = new ArrayList<>();
        // the task being closed and its units: a task is built once its notes are all read, as copying
        // its list for each further note was quadratic in a run of notes
        TextSpan open = null;
        List<Responsibility> openUnits = new ArrayList<>();
        int from = 0;
        for (Note note : notes) {
            TextSpan span = taskSpan(spans, body, from, note.start());
            if (span.text().isEmpty() && open != null) {
                // a second note right after the first (牵头单位 and 配合单位 on two lines) adds to the same task
                openUnits.addAll(note.responsibilities());
            } else {
                if (open != null) {
                    tasks.add(new Task(tasks.size() + 1, open, openUnits));
                }
                // a note right after the heading makes the item's heading the task
                open = span.text().isEmpty() ? headingSpan(measure, spans) : span;
                openUnits = new ArrayList<>(note.responsibilities());
            }
            from = note.end();
        }
        if (open != null) {
            tasks.add(new Task(tasks.size() + 1, open, openUnits));
        }
        TextSpan rest = taskSpan(spans, body, from, text.length());
        if (tasks.isEmpty()) {
            tasks.add(new Task(1, body, issuerDuty(d)));
        } else if (hanCount(rest.text()) >= 8 && !ANNOTATION.matcher(rest.text()).find()) {
            tasks.add(new Task(tasks.size() + 1, rest, issuerDuty(d)));
        }
        return tasks;
    }

    /**
     * The task of a table row: its task cell, with the units of its unit columns in their roles. A
     * row without units in columns may still close its task with a note; without either, the duty falls
     * to the issuers.
     */
    List<Task> rowTasks(Provision row, Document d, SpanFactory spans) {
        List<Responsibility> responsibilities = new ArrayList<>();
        for (TableCell cell : row.cells()) {
            Role role = switch (cell.role()) {
                case LEAD -> Role.LEAD;
                case RESPONSIBLE -> Role.RESPONSIBLE;
                default -> null;
            };
            if (role != null) {
                for (UnitMention unit : UnitLists.parse(cell.text().text())) {
                    responsibilities.add(new Responsibility(role, unit, false));
                }
            }
        }
        if (responsibilities.isEmpty()) {
            return tasks(row, d, spans);
        }
        return List.of(new Task(1, row.body(), responsibilities));
    }

    /** The span of a measure's heading, or of its whole text when it has none. */
    private static TextSpan headingSpan(Provision measure, SpanFactory spans) {
        String heading = measure.heading();
        int at = heading == null ? -1 : measure.text().text().indexOf(heading);
        return at < 0 ? measure.text() : spans.within(measure.text(), at, at + heading.length());
    }

    private static List<Responsibility> issuerDuty(Document d) {
        return d.issuers().stream().map(u -> new Responsibility(Role.ISSUER, u, true)).toList();
    }

    private TextSpan taskSpan(SpanFactory spans, TextSpan body, int from, int to) {
        String t = body.text();
        while (from < to && "。.,;:、) \n".indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        return spans.within(body, from, Math.max(from, to));
    }

    /** The notes the segment stage marked off in a measure, read, with offsets into {@code base}. */
    private List<Note> notes(Provision measure, TextSpan base) {
        String text = measure.text().text();
        int shift = base.repairedStart() - measure.text().repairedStart();
        int length = base.text().length();
        List<Note> notes = new ArrayList<>();
        List<Clause> clauses = measure.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (!c.isNote() || c.start() < shift || c.end() - shift > length) {
                continue;
            }
            List<Responsibility> rs = c.kind() == ClauseKind.VERB_NOTE
                    ? verbResponsibilities(text.substring(c.contentStart(), c.contentEnd()))
                    : responsibilities(unitsOnly(text, clauses, i));
            notes.add(new Note(c.start() - shift, c.end() - shift, rs));
        }
        return notes;
    }

    /**
     * The content of the labelled note at {@code clauses[at]} without its other fields (完成时限:…), which
     * the segment stage marked as the clauses after it: they go to the task's targets, never into a unit.
     */
    private static String unitsOnly(String text, List<Clause> clauses, int at) {
        Clause note = clauses.get(at);
        StringBuilder content = new StringBuilder();
        int from = note.contentStart();
        for (int i = at + 1; i < clauses.size() && clauses.get(i).kind() == ClauseKind.NOTE_FIELD; i++) {
            content.append(text, from, clauses.get(i).start());
            from = clauses.get(i).end();
        }
        return content.append(text, from, note.contentEnd()).toString();
    }

    /** The responsibilities of a note in words: {@code (由省发展改革委牵头,省财政厅配合)}. */
    private List<Responsibility> verbResponsibilities(String note) {
        List<Responsibility> rs = new ArrayList<>();
        Matcher v = noteCues.verbList().matcher(note.strip());
        if (!v.matches()) {
            return rs;
        }
        for (UnitMention unit : UnitLists.parse(v.group(1))) {
            rs.add(new Responsibility(noteCues.roleOfVerb(v.group(2)), unit, false));
        }
        if (v.group(3) != null) {
            for (UnitMention unit : UnitLists.parse(v.group(3))) {
                rs.add(new Responsibility(noteCues.roleOfVerb(v.group(4)), unit, false));
            }
        }
        return rs;
    }

    /** The responsibilities of a note's content: {@code 牵头单位:A、B;责任单位:C,D}. */
    private List<Responsibility> responsibilities(String content) {
        List<Responsibility> out = new ArrayList<>();
        Matcher m = noteCues.label().matcher(content);
        List<int[]> starts = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            roles.add(noteCues.roleOfLabel(m.group(1)));
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i)[1];
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : content.length();
            String units = withoutTrailingClause(content.substring(from, to).strip().replaceAll("[;,、\\s]+$", ""));
            for (UnitMention unit : UnitLists.parse(units)) {
                out.add(new Responsibility(roles.get(i), unit, false));
            }
        }
        return out;
    }

    private String withoutTrailingClause(String units) {
        for (String clause : trailingClauses) {
            if (units.endsWith(clause)) {
                return units.substring(0, units.length() - clause.length()).replaceAll("[;,、\\s]+$", "");
            }
        }
        return units;
    }

    private static int hanCount(String s) {
        return (int) s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
