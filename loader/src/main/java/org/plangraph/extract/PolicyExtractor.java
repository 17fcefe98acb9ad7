package org.plangraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.DataFiles;
import org.plangraph.data.Gazetteer;
import org.plangraph.model.Document;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.PolicyLevel;
import org.plangraph.model.PolicyReference;
import org.plangraph.model.PolicyRelation;
import org.plangraph.repair.SpanFactory;
import org.plangraph.text.DocNumbers;
import org.plangraph.text.TitleKeys;

/**
 * Finds the policies a document names in 《》, 〈〉 or <> (nested ones included): the title, the
 * document number printed after it, the issuer the text names before it or at the head of the
 * title, the level, and whether the document implements or cites it. Titles of works that are not
 * policies (an animated film, a video) and the titles of the file's own documents are left out.
 * The cue phrases live in {@code ontology/cues/}.
 */
public final class PolicyExtractor implements Extractor {
    private static final Pattern NOTICE = Pattern.compile("^(.*?)关于(?:印发|转发|颁布|发布)[《〈<](.+)[》〉>](?:的通知|的决定|的通告)?$");
    private static final Pattern TITLE_ISSUER = Pattern.compile("^(.{2,30}?)(?=关于)");
    private static final Pattern ORGAN_END = Pattern.compile("(?:委|政府|院|厅|室|中央|部|局|会|办)$");
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*[(（]([^()（）\\n]{2,40})[)）]");
    private static final Pattern RUN_GAP = Pattern.compile("^[、和及与以\\s]*$");
    private static final Pattern DOC_NUMBER_PARENS = Pattern.compile("[(（][^()（）\\n]{0,40}[)）]");
    private static final Pattern VERB_BEFORE_ISSUER = Pattern.compile("(?:印发|颁布|制定|出台|发布|下发|批转|转发)的$");
    private static final Pattern MADE_BY_DOCUMENT = Pattern.compile("(?:制定|制定并实施|出台|起草|编制|研究制定)$");
    private static final String SENTENCE_BREAKS = "。；;！？!?\n";
    private static final String CLAUSE_BREAKS = "。；;！？!?\n，,：:";
    /**
     * How far a mention's context (its clause, its sentence) is read on either side. The cues are
     * phrases next to the title; reading a run-on sentence whole for each of its thousands of
     * mentions made extraction quadratic in the sentence's length.
     */
    static final int CONTEXT_WINDOW = 200;
    /** Stands where a sentence was cut at the window, so that cues anchored at a sentence start do not match there. */
    private static final char CUT = '\u0001';

    private final List<ImplementsCue> implementsCues = new ArrayList<>();
    private final List<Pattern> notPolicyContexts = new ArrayList<>();
    private final Pattern issuerAtEnd;
    private final PolicyLevels levels;

    public PolicyExtractor(PolicyLevels levels) {
        this.levels = levels;
        for (String cue : DataFiles.readList("cues/policy-implements.txt")) {
            implementsCues.add(ImplementsCue.of(cue));
        }
        for (String cue : DataFiles.readList("cues/not-policy-contexts.txt")) {
            notPolicyContexts.add(Pattern.compile(cue));
        }
        String organ = "(?:" + String.join("|", DataFiles.readList("cues/policy-issuers.txt")) + ")";
        issuerAtEnd = Pattern.compile(organ + "(?:[、和及与]" + organ + ")*$");
    }

    public static PolicyExtractor standard() {
        return new PolicyExtractor(PolicyLevels.standard());
    }

    /**
     * A cue {@code BEFORE{T}AFTER} of {@code cues/policy-implements.txt}: the words before the title
     * are found in the sentence before it, those after it in the rest. Matched as two patterns rather
     * than one with {@code .*?} for {@code {T}}, which backtracked over the window for every cue word
     * in it, for every mention.
     */
    record ImplementsCue(Pattern before, Pattern after) {
        static ImplementsCue of(String cue) {
            int t = cue.indexOf("{T}");
            if (t < 0 || cue.indexOf("{T}", t + 3) >= 0) {
                throw new IllegalStateException("ontology/cues/policy-implements.txt: want one {T} in each cue: " + cue);
            }
            return new ImplementsCue(Pattern.compile(cue.substring(0, t)), Pattern.compile(cue.substring(t + 3)));
        }

        boolean matches(String sentenceBefore, String sentenceAfter) {
            return before.matcher(sentenceBefore).find() && after.matcher(sentenceAfter).find();
        }
    }

    /** A title mark pair found in the text: [start, end) includes the marks. */
    record Mention(int start, int end, String inner) {
    }

    @Override
    public ParsedFile extract(ParsedFile file, SpanFactory spans) {
        Set<String> ownTitles = new HashSet<>();
        for (Document d : file.documents()) {
            ownTitles.add(TitleKeys.key(d.title()));
        }
        List<Document> out = new ArrayList<>();
        for (Document d : file.documents()) {
            out.add(d.withPolicies(find(d, spans, ownTitles)));
        }
        return file.withDocuments(out);
    }

    List<PolicyReference> find(Document d, SpanFactory spans, Set<String> ownTitles) {
        String text = d.text().text();
        PolicyLevel docLevel = documentLevel(d);
        Map<String, PolicyReference> found = new LinkedHashMap<>();
        List<Mention> mentions = mentions(text);
        Mention previous = null;
        boolean previousWork = false;
        String previousIssuer = null;
        for (Mention m : mentions) {
            String before = text.substring(clauseStart(text, m.start()), m.start());
            boolean inRun = previous != null && RUN_GAP.matcher(
                    DOC_NUMBER_PARENS.matcher(text.substring(previous.end(), m.start())).replaceAll("")).matches();
            boolean work = inRun ? previousWork : isWorkContext(before);
            String contextIssuer = issuerBefore(before);
            if (contextIssuer == null && inRun && text.substring(previous.end(), m.start()).replaceAll(DOC_NUMBER_PARENS.pattern(), "").strip().equals("、")) {
                contextIssuer = previousIssuer;
            }
            previous = m;
            previousWork = work;
            previousIssuer = contextIssuer;
            if (work) {
                continue;
            }
            String inner = asciiBrackets(m.inner()).strip();
            if (!inner.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) || inner.length() < 2) {
                continue;
            }
            PolicyRelation relation = relation(text, m);
            String docNumber = docNumberAfter(text, m.end());
            String title = inner;
            String notice = null;
            String issuer = contextIssuer;
            Matcher nm = NOTICE.matcher(inner);
            if (nm.matches()) {
                notice = inner;
                title = nm.group(2).strip();
                if (issuer == null && !nm.group(1).isBlank()) {
                    issuer = nm.group(1).strip().replace(' ', '、');
                }
            } else if (issuer == null) {
                Matcher ti = TITLE_ISSUER.matcher(inner);
                if (ti.find() && ORGAN_END.matcher(ti.group(1)).find() && !ti.group(1).matches(".*[《〈<].*")) {
                    issuer = ti.group(1).strip().replace(' ', '、');
                }
            }
            issuer = expandIssuer(issuer, d.province());
            if (ownTitles.contains(TitleKeys.key(title)) || (notice != null && ownTitles.contains(TitleKeys.key(notice)))) {
                continue;
            }
            boolean madeHere = MADE_BY_DOCUMENT.matcher(before.replaceAll("[“”\"]", "")).find();
            var span = spans.within(d.text(), m.start(), m.end());
            List<String> issuers = splitBareLevels(issuer);
            for (String each : issuers) {
                PolicyLevel level = level(each, docNumber, title, madeHere ? docLevel : null);
                add(found, new PolicyReference(title, docNumber, each, level, relation, notice, span));
            }
            // titles nested in this one (other than the one a notice issues) are named too
            if (notice == null) {
                for (Mention inside : mentions(inner.substring(0, inner.length()))) {
                    String nestedTitle = asciiBrackets(inside.inner()).strip();
                    if (nestedTitle.length() >= 2 && !ownTitles.contains(TitleKeys.key(nestedTitle))) {
                        add(found, new PolicyReference(nestedTitle, null, null, level(null, null, nestedTitle, null),
                                relation, null, span));
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Keeps one reference per title (per level for 省、市《X》); a later mention can upgrade cites to implements and fill blanks. */
    private static void add(Map<String, PolicyReference> found, PolicyReference p) {
        String k = TitleKeys.keyAtLevel(p.title(), p.issuer(), p.level().notation());
        PolicyReference old = found.get(k);
        if (old == null) {
            found.put(k, p);
            return;
        }
        PolicyRelation relation = old.relation() == PolicyRelation.IMPLEMENTS || p.relation() == PolicyRelation.IMPLEMENTS
                ? PolicyRelation.IMPLEMENTS : PolicyRelation.CITES;
        PolicyLevel level = old.level() == PolicyLevel.UNKNOWN ? p.level() : old.level();
        found.put(k, new PolicyReference(old.title(), old.docNumber() != null ? old.docNumber() : p.docNumber(),
                old.issuer() != null ? old.issuer() : p.issuer(), level, relation,
                old.notice() != null ? old.notice() : p.notice(), old.span()));
    }

    private PolicyLevel level(String issuer, String docNumber, String title, PolicyLevel madeHereLevel) {
        Optional<PolicyLevel> l = levels.ofIssuer(issuer);
        if (l.isEmpty()) {
            l = levels.ofDocNumber(docNumber);
        }
        if (l.isEmpty()) {
            l = levels.ofTitle(title);
        }
        if (l.isEmpty() && madeHereLevel != null) {
            l = Optional.of(madeHereLevel);
        }
        return l.orElse(PolicyLevel.UNKNOWN);
    }

    /** The level of the document itself, from its jurisdiction or its issuers. */
    PolicyLevel documentLevel(Document d) {
        if (d.jurisdiction() != null) {
            Optional<Gazetteer.Area> a = levels.gazetteer().byName(d.jurisdiction());
            if (a.isPresent()) {
                return PolicyLevels.ofAreaLevel(a.get().level());
            }
        }
        for (var issuer : d.issuers()) {
            Optional<PolicyLevel> l = levels.ofIssuer(issuer.name());
            if (l.isEmpty()) {
                l = levels.ofTitle(issuer.name());
            }
            if (l.isPresent()) {
                return l.get();
            }
        }
        return null;
    }

    /** 省、市《X》 names two policies of that title, one of each level. */
    private static List<String> splitBareLevels(String issuer) {
        if (issuer != null && issuer.matches("[省市县区](?:、[省市县区])+")) {
            return List.of(issuer.split("、"));
        }
        List<String> one = new ArrayList<>();
        one.add(issuer);
        return one;
    }

    private static String expandIssuer(String issuer, String province) {
        if (issuer == null || province == null) {
            return issuer;
        }
        if (issuer.startsWith("自治区") && province.endsWith("自治区")) {
            return province + issuer.substring(3);
        }
        if (issuer.startsWith("省") && issuer.length() > 1 && province.endsWith("省")) {
            return province + issuer.substring(1);
        }
        return issuer;
    }

    private boolean isWorkContext(String before) {
        String b = before.strip();
        for (Pattern p : notPolicyContexts) {
            if (p.matcher(b).find()) {
                return true;
            }
        }
        return false;
    }

    private String issuerBefore(String before) {
        String b = VERB_BEFORE_ISSUER.matcher(before.strip()).replaceAll("");
        Matcher m = issuerAtEnd.matcher(b);
        return m.find() ? m.group() : null;
    }

    private PolicyRelation relation(String text, Mention m) {
        int s = sentenceStart(text, m.start());
        int e = sentenceEnd(text, m.end());
        String before = (s > 0 && SENTENCE_BREAKS.indexOf(text.charAt(s - 1)) < 0 ? String.valueOf(CUT) : "")
                + text.substring(s, m.start());
        String after = text.substring(m.end(), e);
        for (ImplementsCue cue : implementsCues) {
            if (cue.matches(before, after)) {
                return PolicyRelation.IMPLEMENTS;
            }
        }
        return PolicyRelation.CITES;
    }

    private static String docNumberAfter(String text, int end) {
        Matcher m = NUMBER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 50)));
        if (m.find()) {
            return DocNumbers.find(m.group(1)).orElse(null);
        }
        return null;
    }

    static String asciiBrackets(String s) {
        return s.replace('（', '(').replace('）', ')');
    }

    /** The start of the sentence holding {@code at}, or where the context window ends if that is nearer. */
    private static int sentenceStart(String text, int at) {
        int limit = Math.max(0, at - CONTEXT_WINDOW);
        int i = at;
        while (i > limit && SENTENCE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int at) {
        int limit = Math.min(text.length(), at + CONTEXT_WINDOW);
        int i = at;
        while (i < limit && SENTENCE_BREAKS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int clauseStart(String text, int at) {
        int limit = Math.max(0, at - CONTEXT_WINDOW);
        int i = at;
        while (i > limit && CLAUSE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** Top-level title marks in the text, each with what it encloses (nested marks kept inside). */
    static List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '《' || c == '〈' || c == '<') {
                int close = matching(text, i);
                if (close > 0) {
                    out.add(new Mention(i, close + 1, text.substring(i + 1, close)));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static int matching(String text, int open) {
        StringBuilder stack = new StringBuilder();
        for (int i = open; i < text.length() && i < open + 160; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == '《' || c == '〈' || c == '<') {
                stack.append(c);
            } else if (c == '》' || c == '〉' || c == '>') {
                if (stack.length() == 0) {
                    return -1;
                }
                char o = stack.charAt(stack.length() - 1);
                if ((o == '《' && c == '》') || (o == '〈' && c == '〉') || (o == '<' && c == '>')) {
                    stack.setLength(stack.length() - 1);
                    if (stack.length() == 0) {
                        return i;
                    }
                } else {
                    return -1;
                }
            }
        }
        return -1;
    }
}
