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
import org.plangraph.model.AgencyIdentity;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Alignment;
import org.plangraph.model.CitedPolicy;
import org.plangraph.model.Deadline;
import org.plangraph.model.Document;
import org.plangraph.model.DocumentKind;
import org.plangraph.model.DocumentLinks;
import org.plangraph.model.LinkedUnit;
import org.plangraph.model.OwnPolicy;
import org.plangraph.model.PolicyLevel;
import org.plangraph.model.PolicyReference;
import org.plangraph.model.PolicyRelation;
import org.plangraph.model.Provision;
import org.plangraph.model.ReportedFigure;
import org.plangraph.model.Responsibility;
import org.plangraph.model.Target;
import org.plangraph.model.Task;
import org.plangraph.model.TextSpan;
import org.plangraph.model.UnitMention;

/**
 * The emit stage: writes an {@link AlignedFile} as RDF into a {@link StreamRDF}, every quad in
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
    public Node graphOf(AlignedFile file) {
        return uri(iris.graph(file.source().name()));
    }

    public void emit(AlignedFile file, OffsetDateTime loadedAt, StreamRDF out) {
        new Writer(file, out).write(loadedAt);
    }

    /** One file's emission: holds the graph and the nodes already written, so that each is typed once. */
    private final class Writer {
        private final AlignedFile file;
        private final StreamRDF out;
        private final Node graph;
        private final Node source;
        private final Set<Node> written = new HashSet<>();
        private final Map<String, Node> documentNodes = new HashMap<>();
        /** The file's alignments by measure, so that a file of many measures is not searched once per measure. */
        private final Map<String, List<Alignment>> alignmentsByMeasure = new HashMap<>();

        Writer(AlignedFile file, StreamRDF out) {
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
            DocumentLinks links = file.linksOf(d);
            add(doc, TYPE, DOCUMENT);
            add(doc, TYPE, pg(documentClass(d.kind())));
            add(doc, ELI_TYPE_DOCUMENT, concept("kind", d.kind().notation()));
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
                add(doc, ELI_PASSED_BY, agency(links.unit(issuer)));
            }
            for (UnitMention recipient : d.recipients()) {
                add(doc, RECIPIENT, agency(links.unit(recipient)));
            }
            if (d.date() != null) {
                add(doc, ELI_DATE_DOCUMENT, typed(d.date(), XSDDatatype.XSDdate));
                add(doc, DATE_SOURCE, str(d.dateSource().notation()));
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
                provision(p, doc, doc, links, order++);
            }
            targets(doc, doc, d.targets());
            Node ownPolicy = ownPolicy(doc, links.ownPolicy());
            int citations = 1;
            for (CitedPolicy policy : links.citedPolicies()) {
                citations = citedPolicy(doc, policy, citations);
            }
            for (String alias : links.ownPolicy().aliasKeys()) {
                policyAlias(ownPolicy, alias);
            }
            int n = 1;
            for (ReportedFigure f : d.figures()) {
                figure(doc, f, n++);
            }
        }

        private void provision(Provision p, Node parent, Node doc, DocumentLinks links, int order) {
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
                task(node, doc, links, t);
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
                provision(child, node, doc, links, childOrder++);
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

        private void task(Node measure, Node doc, DocumentLinks links, Task t) {
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
                LinkedUnit unit = links.unit(r.unit());
                add(resp, PROV_AGENT, agency(unit));
                add(resp, PROV_HAD_ROLE, concept("role", r.role().notation()));
                add(resp, INFERRED, typed(String.valueOf(r.inferred()), XSDDatatype.XSDboolean));
                add(resp, MENTION, str(unit.mention().mention()));
                add(resp, UNIT_NAME, str(unit.identity().qualifiedName()));
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
                if (t.amount() != null) {
                    add(node, COMPARATOR, concept("comparator", t.amount().comparator().notation()));
                    add(node, VALUE, typed(t.amount().value().toPlainString(), XSDDatatype.XSDdecimal));
                    add(node, UNIT, concept("unit", UnitConcepts.localName(t.amount().unit())));
                    add(node, UNIT_AS_PRINTED, str(t.amount().unitAsPrinted()));
                }
                if (t.deadline() != null) {
                    add(node, DEADLINE, deadline(t.deadline()));
                    t.deadline().lastDayAllowed()
                            .ifPresent(day -> add(node, DUE_BY, typed(day.toString(), XSDDatatype.XSDdate)));
                }
                if (t.frequency() != null) {
                    add(node, FREQUENCY, concept("frequency", t.frequency().notation()));
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
        private Node ownPolicy(Node doc, OwnPolicy p) {
            Node policy = policyNode(p.key());
            add(doc, AS_POLICY, policy);
            add(policy, TYPE, POLICY);
            if (!isReferenceData(p.key())) {
                add(policy, DCT_TITLE, zh(p.title()));
            }
            policyFacts(policy, p.docNumber(), p.issuer(), p.level());
            return policy;
        }

        /** A second IRI of the document's own policy (its title key beside its number): the same policy. */
        private void policyAlias(Node ownPolicy, String key) {
            Node alias = policyNode(key);
            add(alias, TYPE, POLICY);
            add(alias, OWL_SAME_AS, ownPolicy);
        }

        /**
         * A policy the document implements or cites. The title it gives is what this document calls
         * the policy (pg:citedAs on its citation), not the policy's title: documents word titles
         * differently, and each graph stating its own dct:title gave one policy several.
         */
        private int citedPolicy(Node doc, CitedPolicy cited, int citationNumber) {
            PolicyReference p = cited.reference();
            Node policy = policyNode(cited.key());
            add(policy, TYPE, POLICY);
            if (!isReferenceData(cited.key())) {
                // A national outline's number, issuer and level are the reference data's; stated again
                // in every graph citing it, a lookup of them read one copy per citing file.
                policyFacts(policy, p.docNumber(), p.issuer(), cited.level());
            }
            add(doc, p.relation() == PolicyRelation.IMPLEMENTS ? ELI_IMPLEMENTS : ELI_CITES, policy);
            String titleKey = org.plangraph.link.PolicyLinker.key(p.title(), null, p.issuer(), cited.level());
            if (!isReferenceData(cited.key()) && !titleKey.equals(cited.key())) {
                // cited by number and title: the title IRI another document citing it by title alone gets is this policy
                Node alias = policyNode(titleKey);
                add(alias, TYPE, POLICY);
                add(alias, OWL_SAME_AS, policy);
            }
            int next = citation(doc, policy, p.title(), citationNumber);
            if (p.notice() != null) {
                // 《…关于印发〈X〉的通知》 names the notice as well as X
                Node notice = policyNode("title:" + org.plangraph.text.TitleKeys.key(p.notice()));
                add(notice, TYPE, POLICY);
                if (p.issuer() != null) {
                    add(notice, ISSUER_NAME, str(p.issuer()));
                }
                add(notice, LEVEL, concept("level", cited.level().notation()));
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

        private void policyFacts(Node policy, String docNumber, String issuer, PolicyLevel level) {
            if (docNumber != null) {
                add(policy, ELI_ID_LOCAL, str(docNumber));
            }
            if (issuer != null) {
                add(policy, ISSUER_NAME, str(issuer));
            }
            add(policy, LEVEL, concept("level", level.notation()));
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
                add(node, UNIT_AS_PRINTED, str(f.unitAsPrinted()));
            }
            add(node, QUALIFIER, concept("qualifier", f.qualifier().notation()));
            if (f.change() != null) {
                add(node, TYPE, REPORTED_CHANGE_CLASS);
                if (f.change().basePeriod() != null) {
                    add(node, CHANGE_BASE, str(f.change().basePeriod()));
                }
            }
            if (f.year() != null) {
                add(node, YEAR, typed(String.valueOf(f.year()), XSDDatatype.XSDgYear));
            }
            if (f.span() != null) {
                span(node, f.span());
            }
        }

        private Node agency(LinkedUnit unit) {
            AgencyIdentity agency = unit.identity();
            String name = agency.canonicalName();
            Node node = uri(iris.agency(agency.jurisdiction(), agency.key()));
            if (written.add(node)) {
                add(node, TYPE, agency.collective() ? COLLECTIVE_AGENCY : AGENCY);
                add(node, SKOS_PREF_LABEL, zh(name));
                add(node, LABEL, zh(name));
                if (agency.jurisdiction() != null) {
                    add(node, JURISDICTION, area(agency.jurisdiction()));
                }
            }
            String alias = unit.mention().alias();
            if (alias != null && !alias.equals(name)) {
                add(node, SKOS_ALT_LABEL, zh(alias));
            }
            String written = agency.qualifiedName();
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

    static String documentClass(DocumentKind kind) {
        return switch (kind) {
            case NOTICE -> "Notice";
            case IMPLEMENTATION_PLAN -> "ImplementationPlan";
            case WORK_PLAN -> "WorkPlan";
            case ANNUAL_REPORT -> "AnnualReport";
            case OUTLINE -> "Outline";
        };
    }

    private static Node deadline(Deadline deadline) {
        XSDDatatype type;
        if (deadline instanceof Deadline.ByYear) {
            type = XSDDatatype.XSDgYear;
        } else if (deadline instanceof Deadline.ByMonth) {
            type = XSDDatatype.XSDgYearMonth;
        } else if (deadline instanceof Deadline.EveryYearBy) {
            type = XSDDatatype.XSDgMonthDay;
        } else {
            type = XSDDatatype.XSDdate;
        }
        return typed(deadline.lexical(), type);
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
