package org.plangraph.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * What an RDFS reasoner would conclude from the ontology's domains and ranges, checked against the
 * types the data asserts: every subject of a property (or of a sub-property) with {@code rdfs:domain}
 * must be typed with the domain class (or a member of its {@code owl:unionOf}, or a subclass); every
 * object of a property with a class range must be a resource typed so; every object of a property
 * with a datatype range must be a literal of that datatype (or of one derived from it in XSD).
 * A violation is a triple from which a reasoner would infer a type the data does not give.
 */
public final class RdfsDomainRangeCheck {
    /** XSD datatypes whose values are values of another (xsd:integer literals are xsd:decimal values). */
    private static final Map<String, String> DERIVED_FROM = Map.of(XSD.integer.getURI(), XSD.decimal.getURI());

    private final Model ontology;

    public RdfsDomainRangeCheck(Model ontology) {
        this.ontology = ontology;
    }

    /** Violations in {@code data}, whose types may be completed by {@code typeKnowledge} (concept schemes, reference data). */
    public List<String> violations(Model data, Model typeKnowledge) {
        Model types = org.apache.jena.rdf.model.ModelFactory.createUnion(data, typeKnowledge);
        List<String> out = new ArrayList<>();
        for (Resource property : ontology.listSubjects().toList()) {
            if (!property.isURIResource()) {
                continue;
            }
            Resource domain = property.getPropertyResourceValue(RDFS.domain);
            Resource range = property.getPropertyResourceValue(RDFS.range);
            if (domain == null && range == null) {
                continue;
            }
            for (Resource p : selfAndSubProperties(property)) {
                for (Statement st : data.listStatements(null, data.createProperty(p.getURI()), (RDFNode) null).toList()) {
                    if (domain != null && !typedAs(st.getSubject(), members(domain), types)) {
                        out.add("domain of " + property.getLocalName() + ": " + st);
                    }
                    if (range != null && !inRange(st.getObject(), range, types)) {
                        out.add("range of " + property.getLocalName() + ": " + st);
                    }
                }
            }
        }
        return out;
    }

    private boolean inRange(RDFNode value, Resource range, Model types) {
        Set<Resource> allowed = members(range);
        if (allowed.stream().allMatch(this::isDatatype)) {
            if (!value.isLiteral()) {
                return false;
            }
            Literal l = value.asLiteral();
            String datatype = l.getDatatypeURI();
            return allowed.stream().anyMatch(d -> d.getURI().equals(datatype) || d.getURI().equals(DERIVED_FROM.get(datatype)));
        }
        return value.isResource() && typedAs(value.asResource(), allowed, types);
    }

    private boolean isDatatype(Resource r) {
        return r.isURIResource() && (r.getURI().startsWith(XSD.NS) || r.equals(RDF.langString) || r.equals(RDFS.Literal));
    }

    /** The class itself, or the members of its owl:unionOf. */
    private Set<Resource> members(Resource classExpression) {
        Resource inOntology = ontology.wrapAsResource(classExpression.asNode());
        Resource union = inOntology.getPropertyResourceValue(OWL2.unionOf);
        Set<Resource> out = new HashSet<>();
        if (union == null) {
            out.add(inOntology);
        } else {
            for (RDFNode m : union.as(RDFList.class).asJavaList()) {
                out.add(m.asResource());
            }
        }
        return out;
    }

    private boolean typedAs(Resource subject, Set<Resource> classes, Model types) {
        for (Statement t : types.listStatements(subject, RDF.type, (RDFNode) null).toList()) {
            if (t.getObject().isResource() && superClassesOf(t.getResource()).stream().anyMatch(classes::contains)) {
                return true;
            }
        }
        return false;
    }

    private Set<Resource> superClassesOf(Resource type) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(ontology.wrapAsResource(type.asNode())));
        while (!todo.isEmpty()) {
            Resource c = todo.remove(todo.size() - 1);
            if (seen.add(c)) {
                ontology.listObjectsOfProperty(c, RDFS.subClassOf).forEachRemaining(o -> {
                    if (o.isURIResource()) {
                        todo.add(o.asResource());
                    }
                });
            }
        }
        return seen;
    }

    private Set<Resource> selfAndSubProperties(Resource property) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(property));
        while (!todo.isEmpty()) {
            Resource p = todo.remove(todo.size() - 1);
            if (seen.add(p)) {
                todo.addAll(ontology.listSubjectsWithProperty(RDFS.subPropertyOf, p).toList());
            }
        }
        return seen;
    }
}
