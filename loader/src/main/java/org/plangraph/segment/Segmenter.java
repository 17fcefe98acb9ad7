package org.plangraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plangraph.data.Gazetteer;
import org.plangraph.model.DateSource;
import org.plangraph.model.Document;
import org.plangraph.model.DocumentKind;
import org.plangraph.model.IssuerSource;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.Provision;
import org.plangraph.model.SourceInfo;
import org.plangraph.model.TextSpan;
import org.plangraph.model.TitleSource;
import org.plangraph.segment.TitleFinder.Title;
import org.plangraph.model.UnitMention;
import org.plangraph.repair.RepairedText;
import org.plangraph.repair.SpanFactory;
import org.plangraph.text.DateParser;
import org.plangraph.text.DocNumbers;
import org.plangraph.text.TitleKeys;
import org.plangraph.text.UnitLists;

/**
 * The segment stage: finds the logical documents in a repaired file (a notice that issues a plan is
 * two), reads their metadata (title, kind, issuers, recipients, date, number, jurisdiction, period)
 * and their numbering hierarchy down to measures.
 */
public final class Segmenter {
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})\\s*[-—–~至]\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern MASKED_PLACE = org.plangraph.text.Withheld.PLACE;
    private static final Pattern ISSUER_IN_TITLE = Pattern.compile(
            "^(.+?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|局|厅|委|办|院|部))(?=关于|贯彻|落实|印发|推进|\\d{4}年|年度|法治|依法)");
    private static final int MAX_SIGNATURE_LINE = 40;
    /** A title that opens with a county or district: 会昌县2024年法治政府建设工作要点. */
    private static final Pattern TITLE_PLACE = Pattern.compile(
            "^(\\p{IsHan}{1,6}?(?:自治县|县|区|旗|镇|乡|街道|苏木))(?=\\d|法治|依法|关于|贯彻|人民政府|政府|党委|办事处|\\s|“|《)");
    /** An issuer named after a place the gazetteer does not list (a county or district): 安远县人民政府办公室. */
    private static final Pattern LOCAL_ISSUER = Pattern.compile(
            "^(?:中共)?([\\p{IsHan}]{1,6}?(?:自治县|县|区|旗|市|镇|乡|街道|苏木))(?:委|党委|人民政府|政府|办事处|司法局|司法所|.{0,10}?(?:局|委员会|办公室))");

    private final SegmenterCues cues;
    private final Gazetteer gazetteer;
    private final IssuedDocuments issuedDocuments;

    private Segmenter(SegmenterCues cues, Gazetteer gazetteer) {
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.issuedDocuments = new IssuedDocuments(gazetteer);
    }

    public static Segmenter standard() {
        return new Segmenter(SegmenterCues.standard(), Gazetteer.standard());
    }

    public ParsedFile segment(RepairedText repaired) {
        SourceInfo info = new SourceInfo(repaired.source().name(), repaired.source().sha256(), repaired.source().format(),
                repaired.source().extractor(), repaired.source().encoding(),
                repaired.script().label());
        SpanFactory spans = new SpanFactory(repaired);
        List<TextLine> lines = TextLine.split(repaired.text());
        if (lines.isEmpty()) {
            return new ParsedFile(info, List.of());
        }
        Title title = TitleFinder.find(lines, repaired.page());
        int bodyStart = title == null || !title.printed() ? 0 : title.endLine();
        // databases print their own copy of the title above the document's
        while (title != null && bodyStart < lines.size()
                && TitleFinder.comparable(lines.get(bodyStart).text()).equals(TitleFinder.comparable(title.text()))) {
            bodyStart++;
        }

        List<Document> documents = new ArrayList<>();
        List<Title> issued = title == null ? List.of() : issuedDocuments.find(title, lines, bodyStart);
        if (!issued.isEmpty()) {
            List<String> keys = new ArrayList<>();
            for (int k = 0; k < issued.size(); k++) {
                keys.add(String.valueOf(k + 2));
            }
            Document notice = document("1", DocumentKind.NOTICE, title, lines, 0, bodyStart, issued.get(0).startLine(), repaired, spans, null)
                    .withTransmits(keys);
            documents.add(notice);
            for (int k = 0; k < issued.size(); k++) {
                Title planTitle = issued.get(k);
                int end = k + 1 < issued.size() ? issued.get(k + 1).startLine() : lines.size();
                documents.add(document(keys.get(k), null, planTitle, lines, planTitle.startLine(), planTitle.endLine(), end, repaired,
                        spans, notice));
            }
        } else {
            documents.add(document("1", null, title, lines, 0, bodyStart, lines.size(), repaired, spans, null));
        }
        return new ParsedFile(info, documents);
    }

    /**
     * Builds one document from lines {@code [from, to)}, whose body starts at {@code bodyFrom}. A plan
     * issued by {@code transmitter} takes its issuers and date unless it prints its own.
     */
    private Document document(String key, DocumentKind forcedKind, Title title, List<TextLine> lines, int from, int bodyFrom, int to,
            RepairedText repaired, SpanFactory spans, Document transmitter) {
        List<TextLine> body = lines.subList(bodyFrom, to);
        String bodyText = joined(body);

        List<UnitMention> recipients = new ArrayList<>();
        int recipientLine = -1;
        for (int i = 0; i < Math.min(3, body.size()); i++) {
            String s = body.get(i).text().strip();
            if (s.endsWith(":") && s.length() <= 200 && !s.contains("。") && NumberingStyle.match(s).isEmpty() && salutation(s)) {
                recipients.addAll(UnitLists.parse(s.substring(0, s.length() - 1)));
                recipientLine = i;
                break;
            }
        }

        Signature signature = signature(body);
        DocumentKind kind = forcedKind != null ? forcedKind : kind(title, bodyText);

        String titleText;
        String titleAsRead;
        TitleSource titleSource;
        if (title != null) {
            titleText = TitleKeys.withoutTitleMarks(title.text());
            titleAsRead = title.printed() ? repaired.asRead(title.start(), title.end()) : title.text();
            titleSource = title.source();
        } else {
            titleText = null;
            titleAsRead = null;
            titleSource = TitleSource.INFERRED;
        }

        List<UnitMention> issuers = new ArrayList<>();
        IssuerSource issuerSource = null;
        if (!signature.issuers().isEmpty()) {
            issuers.addAll(signature.issuers());
            issuerSource = IssuerSource.SIGNED;
        } else if (transmitter != null) {
            issuers.addAll(transmitter.issuers());
            issuerSource = IssuerSource.INHERITED;
        } else if (title != null) {
            String withoutQuoted = title.text();
            Matcher m = ISSUER_IN_TITLE.matcher(withoutQuoted);
            if (m.find()) {
                for (String name : m.group(1).split("\\s+|、")) {
                    if (!name.isBlank()) {
                        issuers.add(UnitMention.of(name.strip()));
                    }
                }
                issuerSource = IssuerSource.TITLE;
            }
        }
        if (issuers.isEmpty() && transmitter == null) {
            for (String header : TitleFinder.headerIssuers(lines, title)) {
                issuers.add(UnitMention.of(header));
                issuerSource = IssuerSource.HEADER;
            }
        }
        if (issuers.isEmpty() && transmitter == null) {
            // the page's issuer (发文机关), else its publisher (发布机构, 来源) where that is an organ, not a newspaper
            String fromPage = repaired.page().issuer() != null ? repaired.page().issuer()
                    : repaired.page().publisher() != null && org.plangraph.text.UnitNames.AGENCY_END.matcher(repaired.page().publisher().strip()).find()
                            ? repaired.page().publisher() : null;
            if (fromPage != null) {
                for (String name : fromPage.strip().split("\\s+|、|,|，")) {
                    if (!name.isBlank()) {
                        issuers.add(UnitMention.of(name.strip()));
                    }
                }
                issuerSource = IssuerSource.PAGE;
            }
        }

        // Jurisdiction: from the issuers' names, else the place the text names most often.
        String recipientsText = recipientLine >= 0 ? body.get(recipientLine).text() : "";
        String countedText = (title == null ? "" : title.text() + "\n") + bodyText.replace(recipientsText, "");
        Jurisdiction jurisdiction = jurisdiction(issuers, title, countedText, transmitter);
        if (issuers.isEmpty() && jurisdiction.placeName() != null) {
            issuers.add(UnitMention.of(presumedIssuer(jurisdiction, bodyText)));
            issuerSource = IssuerSource.INFERRED;
        }

        if (titleText == null) {
            titleText = inferredTitle(kind, jurisdiction.placeName(), bodyText, body);
        }

        String date = null;
        DateSource dateSource = null;
        if (signature.date() != null) {
            date = signature.date();
            dateSource = DateSource.SIGNED;
        } else if (transmitter != null && transmitter.date() != null) {
            date = transmitter.date();
            dateSource = DateSource.INHERITED;
        } else if (repaired.page().written() != null && transmitter == null) {
            date = repaired.page().written().toString();
            dateSource = DateSource.SIGNED;
        } else if (repaired.page().published() != null && transmitter == null) {
            date = repaired.page().published().toString();
            dateSource = DateSource.PUBLISHED;
        }

        int titleLine = title != null && title.printed() ? title.startLine() : from;
        String docNumber = docNumber(lines.subList(from, titleLine), body, transmitter == null ? repaired.page().docNumber() : null);

        Integer periodStart = null;
        Integer periodEnd = null;
        if (kind != DocumentKind.NOTICE) {
            String t = TitleKeys.withoutQuotedTitles(titleText);
            Matcher p = PERIOD.matcher(t);
            if (p.find()) {
                periodStart = Integer.parseInt(p.group(1));
                periodEnd = Integer.parseInt(p.group(2));
            } else {
                Matcher y = YEAR.matcher(t);
                if (y.find()) {
                    periodStart = periodEnd = Integer.parseInt(y.group(1));
                }
            }
        }

        int firstLine = title != null && title.printed() ? title.startLine() : from;
        TextSpan text = spans.span(lines.get(Math.max(firstLine, from)).start(), lines.get(to - 1).end());
        String documentType = documentType(titleText);
        List<Provision> provisions = new NumberingParser(cues, spans).parse(body.subList(0, beforeSignature(body)),
                kind == DocumentKind.ANNUAL_REPORT, documentType != null && cues.ruleTypes().contains(documentType));

        return new Document(key, kind, documentType, titleText, titleAsRead, titleSource, issuers, issuerSource,
                recipients, date, dateSource, docNumber, jurisdiction.name(), jurisdiction.province(), periodStart, periodEnd, List.of(),
                text, provisions,
                List.of(), List.of(), List.of());
    }

    private static final Pattern PLACE_END = Pattern.compile("(?:区|县|市|省)$");

    /** True if the line addresses units (主送机关): most of its items end like unit names. */
    private static boolean salutation(String line) {
        List<String> items = UnitLists.splitTopLevel(line.substring(0, line.length() - 1));
        long unitLike = items.stream()
                .filter(i -> org.plangraph.text.UnitNames.AGENCY_END.matcher(i.strip()).find() || PLACE_END.matcher(i.strip()).find())
                .count();
        return !items.isEmpty() && unitLike * 10 >= items.size() * 7 && !line.contains("如下");
    }

    /** The type word the title ends with (实施意见, 若干措施 …), before any bracketed period or draft note. */
    private String documentType(String title) {
        if (title == null) {
            return null;
        }
        String t = TRAILING_BRACKETS.matcher(TitleKeys.withoutQuotedTitles(title).strip()).replaceAll("");
        String best = null;
        for (String word : cues.documentTypes()) {
            if (t.endsWith(word) && (best == null || word.length() > best.length())) {
                best = word;
            }
        }
        return best;
    }

    private static final Pattern TRAILING_BRACKETS = Pattern.compile("(?:\\s*\\([^()]*\\))+$");

    private DocumentKind kind(Title title, String bodyText) {
        String titleForKind = title == null ? null
                : TRAILING_BRACKETS.matcher(TitleKeys.withoutQuotedTitles(title.text()).strip()).replaceAll("");
        String head = bodyText.length() > 3000 ? bodyText.substring(0, 3000) : bodyText;
        for (SegmenterCues.KindRule rule : cues.kindRules()) {
            if (rule.where().equals("title") && titleForKind != null && rule.pattern().matcher(titleForKind).find()) {
                return rule.kind();
            }
        }
        for (SegmenterCues.KindRule rule : cues.kindRules()) {
            if (rule.where().equals("body") && rule.pattern().matcher(head).find()) {
                return rule.kind();
            }
        }
        return DocumentKind.IMPLEMENTATION_PLAN;
    }

    /** How a document names itself in its opening: 特制定本行动计划, 现提出以下意见. */
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?:制定|制订|印发|提出|形成)(?:了)?(?:本|以下|如下)?(?:实施)?(行动计划|实施方案|工作方案|方案|实施意见|指导意见|意见|若干措施|措施|若干政策|政策|办法|细则|规定|工作要点|要点|计划)");
    private static final int OPENING = 2000;

    /**
     * A label for a document that prints no title and whose page names none: its place, and its kind
     * as it names itself (特制定本行动计划 → 行动计划) or the kind's usual word. Never a sentence of it.
     */
    private String inferredTitle(DocumentKind kind, String placeName, String bodyText, List<TextLine> body) {
        String place = placeName == null ? "" : placeName;
        if (kind == DocumentKind.ANNUAL_REPORT) {
            Matcher y = YEAR.matcher(bodyText);
            String year = y.find() ? y.group(1) + "年" : "";
            String topic = cues.reportTopics().stream()
                    .max(java.util.Comparator.comparingInt(t -> occurrences(bodyText, t)))
                    .filter(t -> occurrences(bodyText, t) > 0).orElse("");
            return place + year + topic + "年度报告";
        }
        Matcher self = SELF_REFERENCE.matcher(bodyText.length() > OPENING ? bodyText.substring(0, OPENING) : bodyText);
        String word = self.find() ? self.group(1) : switch (kind) {
            case NOTICE -> "通知";
            case WORK_PLAN -> "工作要点";
            case OUTLINE -> "纲要";
            case IMPLEMENTATION_PLAN, ANNUAL_REPORT -> "实施方案";
        };
        return place + word;
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** Where the text of a body ends: before a closing signature block (issuers over a date), if any. */
    private static int beforeSignature(List<TextLine> body) {
        for (int i = body.size() - 1; i >= Math.max(0, body.size() - 4); i--) {
            if (DateParser.isDateLine(body.get(i).text().strip())) {
                int k = i;
                while (k > 0 && k > i - 3 && signatureLine(body.get(k - 1).text().strip())) {
                    k--;
                }
                return k;
            }
        }
        return body.size();
    }

    private static boolean signatureLine(String line) {
        return line.length() <= MAX_SIGNATURE_LINE && !line.matches(".*[。,;:!?].*") && NumberingStyle.match(line).isEmpty();
    }

    /** A signature block: the issuers on short lines right above a date line. */
    record Signature(List<UnitMention> issuers, String date) {
    }

    private static Signature signature(List<TextLine> body) {
        for (int i = 0; i < body.size(); i++) {
            String s = body.get(i).text().strip();
            if (!DateParser.isDateLine(s)) {
                continue;
            }
            List<UnitMention> issuers = new ArrayList<>();
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                String line = body.get(k).text().strip();
                if (!signatureLine(line)) {
                    break;
                }
                List<UnitMention> onLine = new ArrayList<>();
                for (String name : line.split("\\s+|、")) {
                    if (!name.isBlank()) {
                        onLine.add(UnitMention.of(name.strip()));
                    }
                }
                issuers.addAll(0, onLine);
            }
            return new Signature(issuers, DateParser.parse(s).map(Object::toString).orElse(null));
        }
        return new Signature(List.of(), null);
    }

    /** The document number printed under the title, else above it (red-header layout), else the page's. */
    private static String docNumber(List<TextLine> aboveTitle, List<TextLine> body, String fromPage) {
        for (int i = 0; i < Math.min(4, body.size()); i++) {
            String s = body.get(i).text().strip();
            if (DocNumbers.isDocNumber(s)) {
                return DocNumbers.find(s).orElse(null);
            }
        }
        for (TextLine line : aboveTitle) {
            String s = line.text().strip();
            if (DocNumbers.isDocNumber(s)) {
                return DocNumbers.find(s).orElse(null);
            }
        }
        if (fromPage != null && !fromPage.isBlank()) {
            return DocNumbers.find(fromPage).orElse(null);
        }
        return null;
    }

    /** The jurisdiction a document governs: {@code name} null when unknown or masked, {@code placeName} as printed. */
    record Jurisdiction(String name, String province, String placeName) {
    }

    private Jurisdiction jurisdiction(List<UnitMention> issuers, Title title, String text, Document transmitter) {
        if (transmitter != null && transmitter.jurisdiction() != null) {
            return new Jurisdiction(transmitter.jurisdiction(), transmitter.province(), transmitter.jurisdiction());
        }
        for (UnitMention issuer : issuers) {
            Optional<Gazetteer.Area> area = gazetteer.prefixOf(issuer.name().replaceFirst("^中共", ""));
            if (area.isPresent()) {
                return of(area.get());
            }
        }
        for (UnitMention issuer : issuers) {
            if (cues.nationalIssuer().matcher(issuer.name().strip()).find()) {
                return new Jurisdiction(NATIONAL, null, NATIONAL);
            }
        }
        Map<Gazetteer.Area, Integer> counts = gazetteer.count(text);
        for (UnitMention issuer : issuers) {
            Matcher local = LOCAL_ISSUER.matcher(issuer.name());
            if (local.find()) {
                return local(local.group(1), counts);
            }
        }
        if (title != null) {
            String t = title.text().replaceFirst("^中共", "");
            Optional<Gazetteer.Area> area = gazetteer.prefixOf(t);
            if (area.isPresent()) {
                return of(area.get());
            }
            Matcher local = TITLE_PLACE.matcher(t);
            if (local.find()) {
                return local(local.group(1), counts);
            }
        }
        Optional<Gazetteer.Area> ownLevel = selfNamedLevel(text).flatMap(level -> mostNamedAt(level, counts));
        if (ownLevel.isPresent()) {
            return of(ownLevel.get());
        }
        Gazetteer.Area best = null;
        int bestCount = 0;
        for (Map.Entry<Gazetteer.Area, Integer> e : counts.entrySet()) {
            boolean better = e.getValue() > bestCount
                    || (e.getValue() == bestCount && best != null && rank(e.getKey()) > rank(best));
            if (better) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        int masked = 0;
        Matcher m = MASKED_PLACE.matcher(text);
        String maskedName = null;
        while (m.find()) {
            masked++;
            maskedName = m.group();
        }
        if (masked > bestCount) {
            return new Jurisdiction(null, null, maskedName);
        }
        return best == null ? new Jurisdiction(null, null, null) : of(best);
    }

    private static final String NATIONAL = "全国";
    /** A government's general office issues on its behalf, and says so: 经省政府同意, 经国务院同意. */
    private static final Pattern ISSUED_FOR_THE_GOVERNMENT = Pattern.compile("经(?:[省市州县区旗]|本[省市州县区])?(?:人民)?政府同意|经国务院同意");

    /**
     * The issuer of a document that prints none: the government of its area, or that government's
     * general office where the text says it issues with the government's consent.
     */
    private String presumedIssuer(Jurisdiction jurisdiction, String bodyText) {
        String opening = bodyText.length() > OPENING ? bodyText.substring(0, OPENING) : bodyText;
        boolean general = ISSUED_FOR_THE_GOVERNMENT.matcher(opening).find();
        if (NATIONAL.equals(jurisdiction.name())) {
            return general ? "国务院办公厅" : "国务院";
        }
        boolean province = gazetteer.byName(jurisdiction.placeName()).map(a -> a.level().equals("province")).orElse(false);
        return jurisdiction.placeName() + "人民政府" + (general ? (province ? "办公厅" : "办公室") : "");
    }
    /** How a document speaks of its own area: 我省, 全市, 县直 … by the level of that area. */
    private static final Map<String, Pattern> SELF_NAMED = Map.of(
            "province", Pattern.compile("我省|全省|本省|省直(?!管)"),
            "city", Pattern.compile("我市|全市|本市|市直|我州|全州|州直"),
            "county", Pattern.compile("我县|全县|本县|县直"));
    /** A level must be named this many times, and more than twice as often as any other, to decide. */
    private static final int SELF_NAMED_MIN = 2;

    /** The level of area the document governs, where it names its own area by level (我省, 全市 …) clearly more than any other. */
    private static Optional<String> selfNamedLevel(String text) {
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<String, Pattern> e : SELF_NAMED.entrySet()) {
            int n = 0;
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                n++;
            }
            if (n > bestCount) {
                second = bestCount;
                bestCount = n;
                best = e.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        return bestCount >= SELF_NAMED_MIN && bestCount > 2 * second ? Optional.of(best) : Optional.empty();
    }

    /**
     * The area the text names most among those a document speaking of 我省 / 我市 / 我县 can govern:
     * a province (also counting the places it names in that province), a city or prefecture (我市 is
     * said in prefecture-level and county-level cities alike; the smaller wins a tie), or a county.
     */
    private Optional<Gazetteer.Area> mostNamedAt(String selfLevel, Map<Gazetteer.Area, Integer> counts) {
        Map<Gazetteer.Area, Integer> candidates = new java.util.HashMap<>();
        for (Map.Entry<Gazetteer.Area, Integer> e : counts.entrySet()) {
            Gazetteer.Area a = e.getKey();
            boolean fits = switch (selfLevel) {
                case "province" -> a.level().equals("province");
                case "city" -> a.level().equals("prefecture") || a.level().equals("county") && a.name().endsWith("市");
                default -> a.level().equals("county") && !a.name().endsWith("市");
            };
            if (fits) {
                candidates.merge(a, e.getValue(), Integer::sum);
            } else if (selfLevel.equals("province")) {
                gazetteer.provinceOf(a).ifPresent(p -> candidates.merge(p, e.getValue(), Integer::sum));
            }
        }
        return candidates.entrySet().stream().max(Map.Entry.<Gazetteer.Area, Integer>comparingByValue()
                .thenComparing(e -> rank(e.getKey())).thenComparing(e -> e.getKey().name())).map(Map.Entry::getKey);
    }

    /**
     * A county or district the gazetteer does not list: its province is that of the prefecture the
     * text names most often, if any.
     */
    private Jurisdiction local(String place, Map<Gazetteer.Area, Integer> counts) {
        String province = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .flatMap(e -> gazetteer.provinceOf(e.getKey()))
                .map(Gazetteer.Area::name).orElse(null);
        return new Jurisdiction(place, province, place);
    }

    private static int rank(Gazetteer.Area a) {
        return switch (a.level()) {
            case "county" -> 3;
            case "prefecture" -> 2;
            default -> 1;
        };
    }

    private Jurisdiction of(Gazetteer.Area area) {
        String province = gazetteer.provinceOf(area).map(Gazetteer.Area::name).orElse(null);
        return new Jurisdiction(area.name(), province, area.name());
    }

    private static String joined(List<TextLine> lines) {
        StringBuilder b = new StringBuilder();
        for (TextLine l : lines) {
            b.append(l.text()).append('\n');
        }
        return b.toString();
    }
}
