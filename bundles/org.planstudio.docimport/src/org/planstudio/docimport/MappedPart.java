package org.planstudio.docimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.ConsultationKind;

/**
 * A part found in the document (a heading, or a sentence such as "共商共建。…" or "一是…") and the
 * element kind it becomes. Mutable: the preview changes kinds, titles and task areas before the
 * plan is built. Fields that do not apply to the kind are ignored by the builder.
 */
public final class MappedPart {

    private PartKind kind;
    private String title;
    private String text;
    private final String source;
    private final List<MappedPart> children = new ArrayList<>();
    private MappedPart area;
    private BigDecimal target;
    private String unit;
    private Integer targetYear;
    private ConsultationKind consultationKind;
    private Integer participantCount;
    private LocalDate date;
    private final List<String> participants = new ArrayList<>();
    private final List<String> leadUnits = new ArrayList<>();
    private final List<String> supportingUnits = new ArrayList<>();

    public MappedPart(PartKind kind, String title, String text, String source) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.text = text == null ? "" : text;
        this.source = source == null ? "" : source;
    }

    public PartKind kind() {
        return kind;
    }

    public void setKind(PartKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    public String text() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    /** The heading's marker ("（二）") or the enumeration word ("一是") it was read from; empty for other sentences. */
    public String source() {
        return source;
    }

    public List<MappedPart> children() {
        return Collections.unmodifiableList(children);
    }

    public MappedPart add(MappedPart child) {
        children.add(Objects.requireNonNull(child, "child"));
        return child;
    }

    /** For a task: the area it belongs to, when the document or the user says so. */
    public Optional<MappedPart> area() {
        return Optional.ofNullable(area);
    }

    public void setArea(MappedPart area) {
        if (area != null && area.kind() != PartKind.TASK_AREA) {
            throw new IllegalArgumentException("not a task area: " + area.title());
        }
        this.area = area;
    }

    public Optional<BigDecimal> target() {
        return Optional.ofNullable(target);
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Optional<Integer> targetYear() {
        return Optional.ofNullable(targetYear);
    }

    public void setTargetYear(Integer targetYear) {
        this.targetYear = targetYear;
    }

    public Optional<ConsultationKind> consultationKind() {
        return Optional.ofNullable(consultationKind);
    }

    public void setConsultationKind(ConsultationKind consultationKind) {
        this.consultationKind = consultationKind;
    }

    public Optional<Integer> participantCount() {
        return Optional.ofNullable(participantCount);
    }

    public void setParticipantCount(Integer participantCount) {
        this.participantCount = participantCount;
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Organisations named as taking part (a consultation's think tanks, parks, firms). */
    public List<String> participants() {
        return Collections.unmodifiableList(participants);
    }

    public void setParticipants(List<String> names) {
        participants.clear();
        participants.addAll(names);
    }

    /** For a task: the units responsible (牵头单位), as the document names them. */
    public List<String> leadUnits() {
        return Collections.unmodifiableList(leadUnits);
    }

    public void setLeadUnits(List<String> names) {
        leadUnits.clear();
        leadUnits.addAll(names);
    }

    /** For a task: the units taking part (配合单位). */
    public List<String> supportingUnits() {
        return Collections.unmodifiableList(supportingUnits);
    }

    public void setSupportingUnits(List<String> names) {
        supportingUnits.clear();
        supportingUnits.addAll(names);
    }

    @Override
    public String toString() {
        return kind + " " + title;
    }
}
