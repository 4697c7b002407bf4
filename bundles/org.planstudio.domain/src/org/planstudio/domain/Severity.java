package org.planstudio.domain;

public enum Severity {
    ERROR, WARNING, INFO
}
