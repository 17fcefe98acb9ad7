package org.plangraph.emit;

import static org.plangraph.emit.Vocab.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.plangraph.link.IriScheme;
import org.plangraph.model.Alignment;
import org.plangraph.model.Document;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.PolicyReference;
import org.plangraph.model.Provision;
import org.plangraph.model.ReportedFigure;
import org.plangraph.model.Responsibility;
import org.plangraph.model.Target;
import org.plangraph.model.Task;
import org.plangraph.model.TextSpan;
import org.plangraph.model.UnitMention;

/**
 * The emit stage: writes a linked {@link ParsedFile} as RDF into a {@link StreamRDF}, every quad in
 * the file's own named graph, the graph's provenance included, so that replacing the graph replaces
 * everything the file said.
 */
public final class RdfEmitter {
    private final IriScheme iris;
    private final String loaderVersion;

    public RdfEmitter(IriScheme iris, String loaderVersion) {
        this.iris = iris;
        this.loaderVersion = loaderVersion;
    }

    public IriScheme iris() {
        return iris;
    }

    /** The graph a file's quads go into. */
    public Node graphOf(ParsedFile file) {
        return uri(iris.graph(file.source().name()));
    }

    public void emit(ParsedFile file, OffsetDateTime loadedAt, StreamRDF out) {
        new Writer(file, out).write(loadedAt);
    }

    /** One file's emission: holds the graph and the nodes already written, so that each is typed once. */
    private final class Writer {
        private final ParsedFile file;
        private final StreamRDF out;
        private final Node graph;
        private final Node source;
        private final Set<Node> written = new HashSet<>();
        private final Map<String, Node> documentNodes = new HashMap<>();
        /** The file's alignments by measure, so that a file of many measures is not searched once per measure. */
        private final Map<String, List<Alignment>> alignmentsByMeasure = new HashMap<>();

        Writer(ParsedFile file, StreamRDF out) {
            this.file = file;
            this.out = out;
            this.graph = graphOf(file);
            this.source = uri(iris.sourceFile(file.source().name()));
            for (Alignment a : file.alignments()) {
                alignmentsByMeasure.computeIfAbsent(measureKey(a.documentKey(), a.measurePath(), a.measureStart()),
                        k -> new java.util.ArrayList<>()).add(a);
            }
        }

        private static String measureKey(String docKey, String path, int start) {
            return docKey + "\u0000" + path + "\u0000" + start;
        }

        void write(OffsetDateTime loadedAt) {
            String time = loadedAt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            add(graph, TYPE, SOURCE_GRAPH);
            add(graph, PROV_WAS_DERIVED_FROM, source);
            add(graph, PROV_GENERATED_AT_TIME, typed(time, XSDDatatype.XSDdateTime));
            Node activity = uri(graph.getURI() + "/load");
            add(graph, PROV_WAS_GENERATED_BY, activity);
            add(activity, TYPE, LOAD_ACTIVITY);
            add(activity, PROV_STARTED_AT_TIME, typed(time, XSDDatatype.XSDdateTime));
            add(activity, LOADER_VERSION, str(loaderVersion));
            Node loader = uri(iris.loader(loaderVersion));
            add(activity, PROV_WAS_ASSOCIATED_WITH, loader);
            add(loader, TYPE, LOADER);
            add(loader, LABEL, NodeFactory.createLiteralLang("plangraph loader " + loaderVersion, "en"));

            add(source, TYPE, SOURCE_FILE);
            add(source, DCT_IDENTIFIER, str(file.source().name()));
            add(source, SHA256, str(file.source().sha256()));
            if (file.source().encoding() != null) {
                add(source, ENCODING, str(file.source().encoding()));
            }
            Node mediaType = uri("http://www.iana.org/assignments/media-types/" + file.source().format().mediaType());
            add(source, DCT_FORMAT, mediaType);
            add(mediaType, TYPE, DCT_MEDIA_TYPE);
            add(source, EXTRACTOR, str(file.source().extractor()));
            add(source, SCRIPT, str(file.source().script()));

            for (Document d : file.documents()) {
                documentNodes.put(d.key(), uri(iris.document(file.source().name(), d.key())));
            }
            for (Document d : file.documents()) {
                document(d);
            }
        }

        private void document(Document d) {
            Node doc = documentNodes.get(d.key());
            add(doc, TYPE, DOCUMENT);
            add(doc, TYPE, pg(documentClass(d.kind())));
            add(doc, ELI_TYPE_DOCUMENT, concept("kind", d.kind()));
            add(doc, DCT_TITLE, zh(d.title()));
            add(doc, TITLE_SOURCE, str(d.titleSource().label()));
            if (d.titleSource() == org.plangraph.model.TitleSource.INFERRED) {
                add(doc, TITLE_INFERRED, typed("true", XSDDatatype.XSDboolean));
            }
            if (d.documentType() != null) {
                add(doc, DOCUMENT_TYPE, str(d.documentType()));
            }
            if (d.titleAsRead() != null && !d.titleAsRead().equals(d.title())) {
                add(doc, TITLE_AS_READ, str(d.titleAsRead()));
            }
            for (UnitMention issuer : d.issuers()) {
                add(doc, ELI_PASSED_BY, agency(issuer));
            }
            for (UnitMention recipient : d.recipients()) {
                add(doc, RECIPIENT, agency(recipient));
            }
            if (d.date() != null) {
                add(doc, ELI_DATE_DOCUMENT, typed(d.date(), XSDDatatype.XSDdate));
                add(doc, DATE_SOURCE, str(d.dateSource()));
            }
            if (d.docNumber() != null) {
                add(doc, ELI_ID_LOCAL, str(d.docNumber()));
            }
            if (d.jurisdiction() != null) {
                add(doc, JURISDICTION, area(d.jurisdiction()));
            }
            if (d.province() != null) {
                add(doc, PROVINCE, area(d.province()));
            }
            if (d.periodStart() != null) {
                add(doc, PERIOD_START, typed(String.valueOf(d.periodStart()), XSDDatatype.XSDgYear));
                add(doc, PERIOD_END, typed(String.valueOf(d.periodEnd()), XSDDatatype.XSDgYear));
            }
            for (String issued : d.transmits()) {
                add(doc, TRANSMITS, documentNodes.get(issued));
            }
            span(doc, d.text());
            int order = 1;
            for (Provision p : d.provisions()) {
                provision(p, doc, doc, order++);
            }
            targets(doc, doc, d.targets());
            Node ownPolicy = null;
            int citations = 1;
            for (PolicyReference policy : d.policies()) {
                if (PolicyReference.IS.equals(policy.relation())) {
                    ownPolicy = ownPolicy(doc, policy);
                }
            }
            for (PolicyReference policy : d.policies()) {
                if (PolicyReference.ALIAS.equals(policy.relation())) {
                    policyAlias(ownPolicy, policy);
                } else if (!policy.ownIdentity()) {
                    citations = citedPolicy(doc, policy, citations);
                }
            }
            int n = 1;
            for (ReportedFigure f : d.figures()) {
                figure(doc, f, n++);
            }
        }

        private void provision(Provision p, Node parent, Node doc, int order) {
            Node node = uri(parent.getURI().contains("/p/") ? parent.getURI() + "." + p.number() : doc.getURI() + "/p/" + p.number());
            if (!written.add(node)) {
                node = uri(node.getURI() + "-" + order);
                written.add(node);
            }
            add(node, TYPE, PROVISION);
            if (p.measure()) {
                add(node, TYPE, MEASURE);
            }
            add(node, ELI_NUMBER, str(p.label()));
            add(node, PATH, str(p.path()));
            add(node, SORT_KEY, str(PathSortKey.of(p.path())));
            if (p.heading() != null) {
                add(node, HEADING, str(p.heading()));
            }
            add(node, ORDER, integer(order));
            add(node, DEPTH, integer(p.depth()));
            add(node, ELI_IS_PART_OF, parent);
            add(parent, ELI_HAS_PART, node);
            add(node, IN_DOCUMENT, doc);
            span(node, p.text());
            for (Task t : p.tasks()) {
                task(node, doc, t);
            }
            for (org.plangraph.model.Point point : p.points()) {
                Node pn = uri(node.getURI() + "/point/" + point.order());
                add(pn, TYPE, POINT);
                add(pn, ELI_NUMBER, str(point.label()));
                add(pn, ORDER, integer(point.order()));
                add(pn, ELI_IS_PART_OF, node);
                add(pn, IN_DOCUMENT, doc);
                span(pn, point.text());
            }
            targets(node, doc, p.targets());
            if (p.measure()) {
                alignments(node, doc, p);
            }
            int childOrder = 1;
            for (Provision child : p.children()) {
                provision(child, node, doc, childOrder++);
            }
        }

        /** The measure's alignments to outline items; the rank-1 item also as pg:carriesOut. */
        private void alignments(Node measure, Node doc, Provision p) {
            String docKey = documentNodes.entrySet().stream().filter(e -> e.getValue().equals(doc)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            for (Alignment a : alignmentsByMeasure.getOrDefault(measureKey(docKey, p.path(), p.text().start()), List.of())) {
                Node item = uri(a.itemIri());
                Node node = uri(measure.getURI() + "/alignment/" + a.itemIri().substring(a.itemIri().lastIndexOf('/') + 1));
                if (!written.add(node)) {
                    continue;
                }
                add(node, TYPE, ALIGNMENT_CLASS);
                add(measure, ALIGNMENT, node);
                add(node, ALIGNED_MEASURE, measure);
                add(node, ALIGNED_ITEM, item);
                add(node, ALIGNMENT_PREDICATE, CARRIES_OUT);
                add(node, MAPPING_JUSTIFICATION, uri(SEMAPV + a.justification().substring(a.justification().indexOf(':') + 1)));
                add(node, RANK, integer(a.rank()));
                add(node, SCORE, typed(java.math.BigDecimal.valueOf(a.score()).toPlainString(), XSDDatatype.XSDdecimal));
                add(node, CONFIDENCE, str(a.confidence()));
                add(node, METHOD, str(a.method()));
                add(node, METHOD_VERSION, str(a.methodVersion()));
                add(node, OUTLINE_BASIS, str(a.basis()));
                for (String phrase : a.matchedPhrases()) {
                    add(node, MATCHED_PHRASE, str(phrase));
                }
                if (a.evidence() != null) {
                    add(node, EVIDENCE_TEXT, str(a.evidence().asRead()));
                    add(node, EVIDENCE_START, integer(a.evidence().start()));
                    add(node, EVIDENCE_END, integer(a.evidence().end()));
                }
                add(node, IN_DOCUMENT, doc);
                if (a.rank() == 1) {
                    add(measure, CARRIES_OUT, item);
                }
            }
        }

        private void task(Node measure, Node doc, Task t) {
            Node task = uri(measure.getURI() + "/task/" + t.order());
            add(task, TYPE, TASK);
            add(measure, HAS_TASK, task);
            add(task, IN_DOCUMENT, doc);
            add(task, ORDER, integer(t.order()));
            span(task, t.text());
            int n = 1;
            for (Responsibility r : t.responsibilities()) {
                Node resp = uri(task.getURI() + "/r/" + n++);
                add(resp, TYPE, RESPONSIBILITY);
                add(task, HAS_RESPONSIBILITY, resp);
                add(resp, PROV_AGENT, agency(r.unit()));
                add(resp, PROV_HAD_ROLE, concept("role", r.role()));
                add(resp, INFERRED, typed(String.valueOf(r.inferred()), XSDDatatype.XSDboolean));
                add(resp, MENTION, str(r.unit().mention()));
                if (r.unit().qualifiedName() != null) {
                    add(resp, UNIT_NAME, str(r.unit().qualifiedName()));
                }
            }
        }

        private void targets(Node subject, Node doc, List<Target> targets) {
            int n = 1;
            for (Target t : targets) {
                Node node = uri(subject.getURI() + "/target/" + n++);
                add(node, TYPE, TARGET_CLASS);
                add(subject, HAS_TARGET, node);
                add(node, IN_DOCUMENT, doc);
                add(node, TARGET_TEXT, str(t.text()));
                if (t.indicator() != null) {
                    add(node, INDICATOR, str(t.indicator()));
                }
                if (t.comparator() != null) {
                    add(node, COMPARATOR, concept("comparator", comparatorNotation(t.comparator())));
                }
                if (t.value() != null) {
                    add(node, VALUE, typed(t.value().toPlainString(), XSDDatatype.XSDdecimal));
                }
                if (t.unit() != null) {
                    add(node, UNIT, concept("unit", UnitConcepts.localName(t.unit())));
                }
                if (t.deadline() != null) {
                    add(node, DEADLINE, deadline(t.deadline()));
                    DueDates.lastDayAllowed(t.deadline())
                            .ifPresent(day -> add(node, DUE_BY, typed(day.toString(), XSDDatatype.XSDdate)));
                }
                if (t.frequency() != null) {
                    add(node, FREQUENCY, concept("frequency", t.frequency()));
                }
                if (t.span() != null) {
                    span(node, t.span());
                }
            }
        }

        /**
         * The policy this document is. Its graph states the policy's canonical title (the document's
         * own), unless the policy is reference data, whose graph already gives the title.
         */
        private Node ownPolicy(Node doc, PolicyReference p) {
            Node policy = policyNode(p.key());
            add(doc, AS_POLICY, policy);
            add(policy, TYPE, POLICY);
            if (!isReferenceData(p.key())) {
                add(policy, DCT_TITLE, zh(p.title()));
            }
            policyFacts(policy, p);
            return policy;
        }

        /** A second IRI of the document's own policy (its title key beside its number): the same policy. */
        private void policyAlias(Node ownPolicy, PolicyReference p) {
            Node alias = policyNode(p.key());
            add(alias, TYPE, POLICY);
            add(alias, OWL_SAME_AS, ownPolicy);
        }

        /**
         * A policy the document implements or cites. The title it gives is what this document calls
         * the policy (pg:citedAs on its citation), not the policy's title: documents word titles
         * differently, and each graph stating its own dct:title gave one policy several.
         */
        private int citedPolicy(Node doc, PolicyReference p, int citationNumber) {
            Node policy = policyNode(p.key() == null ? p.title() : p.key());
            add(policy, TYPE, POLICY);
            policyFacts(policy, p);
            add(doc, "implements".equals(p.relation()) ? ELI_IMPLEMENTS : ELI_CITES, policy);
            int next = citation(doc, policy, p.title(), citationNumber);
            if (p.notice() != null) {
                // 《…关于印发〈X〉的通知》 names the notice as well as X
                Node notice = policyNode("title:" + org.plangraph.text.TitleKeys.key(p.notice()));
                add(notice, TYPE, POLICY);
                if (p.issuer() != null) {
                    add(notice, ISSUER_NAME, str(p.issuer()));
                }
                add(notice, LEVEL, concept("level", p.level() == null ? "unknown" : p.level()));
                add(policy, ISSUED_BY_NOTICE, notice);
                next = citation(doc, notice, p.notice(), next);
            }
            return next;
        }

        private int citation(Node doc, Node policy, String citedAs, int number) {
            Node citation = uri(doc.getURI() + "/citation/" + number);
            add(citation, TYPE, CITATION_CLASS);
            add(doc, HAS_CITATION, citation);
            add(citation, CITED_POLICY, policy);
            add(citation, CITED_AS, zh(citedAs));
            return number + 1;
        }

        private void policyFacts(Node policy, PolicyReference p) {
            if (p.docNumber() != null) {
                add(policy, ELI_ID_LOCAL, str(p.docNumber()));
            }
            if (p.issuer() != null) {
                add(policy, ISSUER_NAME, str(p.issuer()));
            }
            add(policy, LEVEL, concept("level", p.level() == null ? "unknown" : p.level()));
        }

        private boolean isReferenceData(String key) {
            return key.startsWith(Vocab.PG_REF);
        }

        private Node policyNode(String key) {
            return uri(key.startsWith("http") ? key : iris.policy(key));
        }

        private void figure(Node doc, ReportedFigure f, int n) {
            Node node = uri(doc.getURI() + "/figure/" + n);
            add(node, TYPE, REPORTED_FIGURE_CLASS);
            // typed as an observation in the data too, as the Data Cube integrity constraints read it
            add(node, TYPE, QB_OBSERVATION);
            add(doc, HAS_REPORTED_FIGURE, node);
            Node dataSet = uri(doc.getURI() + "/figures");
            if (written.add(dataSet)) {
                add(dataSet, TYPE, QB_DATA_SET_CLASS);
                add(dataSet, QB_STRUCTURE, REPORTED_FIGURE_STRUCTURE);
                add(dataSet, PROV_WAS_DERIVED_FROM, doc);
            }
            add(node, QB_DATA_SET, dataSet);
            add(node, IN_DOCUMENT, doc);
            add(node, FIGURE_TEXT, str(f.text()));
            if (f.indicator() != null) {
                add(node, INDICATOR, str(f.indicator()));
            }
            add(node, VALUE, typed(f.value().toPlainString(), XSDDatatype.XSDdecimal));
            if (f.unit() != null) {
                add(node, UNIT, concept("unit", UnitConcepts.localName(f.unit())));
            }
            add(node, QUALIFIER, concept("qualifier", f.qualifier()));
            if (f.year() != null) {
                add(node, YEAR, typed(String.valueOf(f.year()), XSDDatatype.XSDgYear));
            }
            if (f.span() != null) {
                span(node, f.span());
            }
        }

        private Node agency(UnitMention unit) {
            String name = unit.canonicalName() != null ? unit.canonicalName() : unit.name();
            Node node = uri(iris.agency(unit.jurisdiction(), unit.key() != null ? unit.key() : name));
            if (written.add(node)) {
                add(node, TYPE, unit.collective() ? COLLECTIVE_AGENCY : AGENCY);
                add(node, SKOS_PREF_LABEL, zh(name));
                add(node, LABEL, zh(name));
                if (unit.jurisdiction() != null) {
                    add(node, JURISDICTION, area(unit.jurisdiction()));
                }
            }
            if (unit.alias() != null && !unit.alias().equals(name)) {
                add(node, SKOS_ALT_LABEL, zh(unit.alias()));
            }
            String written = unit.qualifiedName() != null ? unit.qualifiedName() : unit.name();
            if (!written.equals(name)) {
                add(node, SKOS_ALT_LABEL, zh(written));
            }
            return node;
        }

        private Node area(String name) {
            Node node = uri(iris.area(name));
            if (written.add(node)) {
                add(node, TYPE, ADMINISTRATIVE_AREA);
                add(node, LABEL, zh(name));
                add(node, SKOS_PREF_LABEL, zh(name));
            }
            return node;
        }

        private void span(Node subject, TextSpan span) {
            add(subject, TEXT_AS_READ, str(span.asRead()));
            if (!span.text().equals(span.asRead())) {
                add(subject, TEXT, str(span.text()));
            }
            add(subject, SPAN_START, integer(span.start()));
            add(subject, SPAN_END, integer(span.end()));
            add(subject, IN_SOURCE_FILE, source);
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    static String documentClass(String kind) {
        return switch (kind) {
            case "notice" -> "Notice";
            case "implementation-plan" -> "ImplementationPlan";
            case "work-plan" -> "WorkPlan";
            case "annual-report" -> "AnnualReport";
            case "outline" -> "Outline";
            default -> throw new IllegalArgumentException("unknown document kind: " + kind);
        };
    }

    static String comparatorNotation(String comparator) {
        return switch (comparator) {
            case ">=" -> "ge";
            case ">" -> "gt";
            case "=" -> "eq";
            case "<=" -> "le";
            case "<" -> "lt";
            default -> throw new IllegalArgumentException("unknown comparator: " + comparator);
        };
    }

    private static Node deadline(String deadline) {
        if (deadline.startsWith("--")) {
            return typed(deadline, XSDDatatype.XSDgMonthDay);
        }
        if (deadline.length() == 4) {
            return typed(deadline, XSDDatatype.XSDgYear);
        }
        if (deadline.length() == 7) {
            return typed(deadline, XSDDatatype.XSDgYearMonth);
        }
        return typed(deadline, XSDDatatype.XSDdate);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
