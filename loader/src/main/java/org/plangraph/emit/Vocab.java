package org.plangraph.emit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms the emitter writes: plangraph's own ({@code pg:}) and the standard vocabularies it reuses. */
public final class Vocab {
    public static final String PG = "https://w3id.org/plangraph/def#";
    public static final String PG_DEF = "https://w3id.org/plangraph/def/";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String QUDT = "http://qudt.org/schema/qudt/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    /** Reference data shipped in ontology/reference (national outlines). */
    public static final String PG_REF = "https://w3id.org/plangraph/ref/";

    public static final Node TYPE = uri(RDF + "type");
    public static final Node LABEL = uri(RDFS + "label");

    public static final Node DOCUMENT = pg("Document");
    public static final Node PROVISION = pg("Provision");
    public static final Node MEASURE = pg("Measure");
    public static final Node POINT = pg("Point");
    public static final Node TASK = pg("Task");
    public static final Node RESPONSIBILITY = pg("Responsibility");
    public static final Node AGENCY = pg("Agency");
    public static final Node COLLECTIVE_AGENCY = pg("CollectiveAgency");
    public static final Node ADMINISTRATIVE_AREA = pg("AdministrativeArea");
    public static final Node POLICY = pg("Policy");
    public static final Node TARGET_CLASS = pg("Target");
    public static final Node REPORTED_FIGURE_CLASS = pg("ReportedFigure");
    public static final Node REPORTED_CHANGE_CLASS = pg("ReportedChange");
    public static final Node CHANGE_BASE = pg("changeBase");
    public static final Node SOURCE_FILE = pg("SourceFile");
    public static final Node SOURCE_GRAPH = pg("SourceGraph");
    public static final Node LOAD_ACTIVITY = pg("LoadActivity");
    public static final Node LOADER = pg("Loader");

    public static final Node TITLE_AS_READ = pg("titleAsRead");
    public static final Node RECIPIENT = pg("recipient");
    public static final Node DATE_SOURCE = pg("dateSource");
    public static final Node TITLE_SOURCE = pg("titleSource");
    public static final Node TITLE_INFERRED = pg("titleInferred");
    public static final Node DOCUMENT_TYPE = pg("documentType");
    public static final Node JURISDICTION = pg("jurisdiction");
    public static final Node PROVINCE = pg("province");
    public static final Node PERIOD_START = pg("periodStart");
    public static final Node PERIOD_END = pg("periodEnd");
    public static final Node TRANSMITS = pg("transmits");
    public static final Node IN_DOCUMENT = pg("document");
    public static final Node PATH = pg("path");
    public static final Node SORT_KEY = pg("sortKey");
    public static final Node HEADING = pg("heading");
    public static final Node ORDER = pg("order");
    public static final Node DEPTH = pg("depth");
    public static final Node HAS_TASK = pg("task");
    public static final Node HAS_RESPONSIBILITY = pg("responsibility");
    public static final Node INFERRED = pg("inferred");
    public static final Node MENTION = pg("mention");
    public static final Node UNIT_NAME = pg("unitName");
    public static final Node TEXT_AS_READ = pg("textAsRead");
    public static final Node TEXT = pg("text");
    public static final Node SPAN_START = pg("spanStart");
    public static final Node SPAN_END = pg("spanEnd");
    public static final Node IN_SOURCE_FILE = pg("sourceFile");
    public static final Node SHA256 = pg("sha256");
    public static final Node ENCODING = pg("encoding");
    public static final Node EXTRACTOR = pg("extractor");
    public static final Node SCRIPT = pg("script");
    public static final Node LOADER_VERSION = pg("loaderVersion");
    public static final Node LEVEL = pg("level");
    public static final Node ISSUER_NAME = pg("issuerName");
    public static final Node HAS_TARGET = pg("target");
    public static final Node TARGET_TEXT = pg("targetText");
    public static final Node INDICATOR = pg("indicator");
    public static final Node COMPARATOR = pg("comparator");
    public static final Node VALUE = pg("value");
    public static final Node UNIT = pg("unit");
    public static final Node UNIT_AS_PRINTED = pg("unitAsPrinted");
    public static final Node DEADLINE = pg("deadline");
    public static final Node DUE_BY = pg("dueBy");
    public static final Node FREQUENCY = pg("frequency");
    public static final Node HAS_REPORTED_FIGURE = pg("reportedFigure");
    public static final Node FIGURE_TEXT = pg("figureText");
    public static final Node QUALIFIER = pg("qualifier");
    public static final Node YEAR = pg("year");

    public static final Node DCT_TITLE = uri(DCT + "title");
    public static final Node DCT_IDENTIFIER = uri(DCT + "identifier");
    public static final Node DCT_FORMAT = uri(DCT + "format");
    public static final Node DCT_MEDIA_TYPE = uri(DCT + "MediaType");
    public static final Node ELI_TYPE_DOCUMENT = uri(ELI + "type_document");
    public static final Node ELI_PASSED_BY = uri(ELI + "passed_by");
    public static final Node ELI_DATE_DOCUMENT = uri(ELI + "date_document");
    public static final Node ELI_ID_LOCAL = uri(ELI + "id_local");
    public static final Node ELI_NUMBER = uri(ELI + "number");
    public static final Node ELI_IS_PART_OF = uri(ELI + "is_part_of");
    public static final Node ELI_HAS_PART = uri(ELI + "has_part");
    public static final Node ELI_IMPLEMENTS = uri(ELI + "implements");
    public static final Node ELI_CITES = uri(ELI + "cites");
    public static final Node AS_POLICY = pg("asPolicy");
    public static final Node CITATION_CLASS = pg("Citation");
    public static final Node HAS_CITATION = pg("citation");
    public static final Node CITED_POLICY = pg("citedPolicy");
    public static final Node CITED_AS = pg("citedAs");
    public static final Node OWL_SAME_AS = uri("http://www.w3.org/2002/07/owl#sameAs");
    public static final Node ISSUED_BY_NOTICE = pg("issuedByNotice");
    public static final Node QB_DATA_SET = uri(QB + "dataSet");
    public static final Node QB_DATA_SET_CLASS = uri(QB + "DataSet");
    public static final Node QB_OBSERVATION = uri(QB + "Observation");
    public static final Node QB_STRUCTURE = uri(QB + "structure");
    public static final Node REPORTED_FIGURE_STRUCTURE = pg("reportedFigureStructure");
    public static final Node PROV_AGENT = uri(PROV + "agent");
    public static final Node PROV_HAD_ROLE = uri(PROV + "hadRole");
    public static final Node PROV_WAS_DERIVED_FROM = uri(PROV + "wasDerivedFrom");
    public static final Node PROV_GENERATED_AT_TIME = uri(PROV + "generatedAtTime");
    public static final Node PROV_WAS_GENERATED_BY = uri(PROV + "wasGeneratedBy");
    public static final Node PROV_WAS_ASSOCIATED_WITH = uri(PROV + "wasAssociatedWith");
    public static final Node PROV_STARTED_AT_TIME = uri(PROV + "startedAtTime");
    public static final Node SKOS_PREF_LABEL = uri(SKOS + "prefLabel");
    public static final Node SKOS_ALT_LABEL = uri(SKOS + "altLabel");

    /** The align stage's terms: one pg:Alignment per (measure, outline item) kept, in the spirit of SSSOM. */
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    public static final Node ALIGNMENT_CLASS = pg("Alignment");
    public static final Node ALIGNMENT = pg("alignment");
    public static final Node CARRIES_OUT = pg("carriesOut");
    public static final Node ALIGNED_MEASURE = pg("alignedMeasure");
    public static final Node ALIGNED_ITEM = pg("alignedItem");
    public static final Node ALIGNMENT_PREDICATE = pg("alignmentPredicate");
    public static final Node MAPPING_JUSTIFICATION = pg("mappingJustification");
    public static final Node RANK = pg("rank");
    public static final Node SCORE = pg("score");
    public static final Node CONFIDENCE = pg("confidence");
    public static final Node METHOD = pg("method");
    public static final Node METHOD_VERSION = pg("methodVersion");
    public static final Node OUTLINE_BASIS = pg("outlineBasis");
    public static final Node MATCHED_PHRASE = pg("matchedPhrase");
    public static final Node EVIDENCE_TEXT = pg("evidenceText");
    public static final Node EVIDENCE_START = pg("evidenceStart");
    public static final Node EVIDENCE_END = pg("evidenceEnd");

    private Vocab() {
    }

    public static Node pg(String local) {
        return uri(PG + local);
    }

    /** A concept of one of plangraph's SKOS schemes, e.g. {@code concept("kind", "notice")}. */
    public static Node concept(String scheme, String notation) {
        return uri(PG_DEF + scheme + "/" + notation);
    }

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
