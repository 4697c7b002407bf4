package org.planstudio.domain;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/** A problem a domain found on an element of the plan; {@code ruleId} is "attributes" for type checks. */
public record DomainProblem(String domainId, String ruleId, Severity severity, Bilingual message, EObject element) {

    public DomainProblem {
        Objects.requireNonNull(domainId, "domainId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(element, "element");
    }
}
