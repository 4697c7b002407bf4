package org.planstudio.model.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.planstudio.model.plan.*;
import org.planstudio.model.text.PlanDates;

/**
 * Random plans within {@link PlanLimits}: every element kind, dates across the whole allowed
 * range, decimals up to their digit limits, texts from empty to the longest allowed with Chinese,
 * emoji, markup characters and line breaks. Seeded, so a failure names the seed that shows it.
 */
final class RandomPlans {

    private static final PlanFactory F = PlanFactory.eINSTANCE;
    private static final String ALPHABET = "abcXYZ019 行动计划科技创新“一带一路”（）、。<>&\"'=+-@#;:/\\\t\n\r\u00a0\u2028é"
            + "\ud83d\ude80\ud840\udc00";
    private static final String ID_ALPHABET = "abcdefXYZ0123456789_行动";
    private static final String ID_REST = ID_ALPHABET + "./-@~%!$*()[]{}=+,;?'";

    private final Random random;
    private int next;

    RandomPlans(long seed) {
        this.random = new Random(seed);
    }

    Plan plan() {
        Plan plan = F.createPlan();
        plan.setId(id());
        plan.setTitle(text());
        plan.setShortTitle(maybe() ? text() : null);
        plan.setStatus(pick(PlanStatus.VALUES));
        plan.setStartYear(year());
        plan.setEndYear(year());
        plan.setDocumentNumber(maybe() ? shortText() : null);
        plan.setGuidingIdeology(maybe() ? text() : null);
        List<Country> countries = repeat(3, () -> {
            Country c = F.createCountry();
            c.setId(id());
            c.setCode(shortText().isEmpty() ? "KZ" : "C" + next);
            c.setName(text());
            return c;
        });
        plan.getCountries().addAll(countries);
        List<Organization> organizations = repeat(4, () -> {
            Organization o = F.createOrganization();
            o.setId(id());
            o.setName(text());
            o.setShortName(maybe() ? shortText() : null);
            o.setKind(pick(OrganizationKind.VALUES));
            if (!countries.isEmpty() && maybe()) {
                o.setCountry(pick(countries));
            }
            return o;
        });
        plan.getOrganizations().addAll(organizations);
        for (int i = 1; i < organizations.size(); i++) {
            if (maybe()) {
                organizations.get(i).setParent(organizations.get(random.nextInt(i)));
            }
        }
        if (!organizations.isEmpty()) {
            plan.getIssuers().add(pick(organizations));
        }
        plan.getPolicyReferences().addAll(repeat(2, () -> {
            PolicyReference r = F.createPolicyReference();
            r.setId(id());
            r.setTitle(text());
            r.setDocumentNumber(shortText());
            r.setYear(year());
            r.setIssuer(organizations.isEmpty() || !maybe() ? null : pick(organizations));
            return r;
        }));
        plan.getConsiderations().addAll(repeat(2, () -> {
            Consideration c = F.createConsideration();
            c.setId(id());
            c.setNumber(random.nextInt(100));
            c.setTitle(text());
            c.setText(text());
            return c;
        }));
        plan.getPrinciples().addAll(repeat(2, () -> {
            Principle p = F.createPrinciple();
            p.setId(id());
            p.setNumber(random.nextInt(100));
            p.setName(text());
            p.setText(text());
            return p;
        }));
        plan.getGoals().addAll(repeat(2, this::goal));
        plan.getTaskAreas().addAll(repeat(3, () -> {
            TaskArea a = F.createTaskArea();
            a.setId(id());
            a.setNumber(random.nextInt(100));
            a.setTitle(text());
            a.getTasks().addAll(repeat(3, () -> task(organizations)));
            return a;
        }));
        plan.getSafeguards().addAll(repeat(2, () -> {
            Safeguard s = F.createSafeguard();
            s.setId(id());
            s.setNumber(random.nextInt(100));
            s.setTitle(text());
            s.setText(text());
            return s;
        }));
        List<InnovationEntity> entities = repeat(3, () -> {
            InnovationEntity e = item(F.createInnovationEntity(), organizations, countries);
            e.setCreditCode(maybe() ? "91110000" + (100000000 + random.nextInt(899999999)) + "X" : null);
            return e;
        });
        plan.getInnovationEntities().addAll(entities);
        plan.getPlatforms().addAll(repeat(3, () -> item(F.createPlatform(), organizations, countries)));
        plan.getJointProjects().addAll(repeat(3, () -> {
            JointProject p = item(F.createJointProject(), organizations, countries);
            p.setBudget(maybe() ? decimal() : null);
            entities.stream().filter(e -> maybe()).forEach(p.getParticipants()::add);
            return p;
        }));
        plan.getExperts().addAll(repeat(2, () -> {
            Expert e = item(F.createExpert(), organizations, countries);
            e.setAffiliation(maybe() ? text(PlanLimits.MAX_MEDIUM_TEXT_CHARS) : null);
            e.setField(maybe() ? text() : null);
            return e;
        }));
        plan.getConsultations().addAll(repeat(2, () -> {
            Consultation c = F.createConsultation();
            c.setId(id());
            c.setKind(pick(ConsultationKind.VALUES));
            c.setTitle(text());
            c.setSummary(maybe() ? text() : null);
            c.setDate(maybe() ? date() : null);
            c.setParticipantCount(random.nextInt(10_000));
            organizations.stream().filter(o -> maybe()).forEach(c.getParticipants()::add);
            c.getComments().addAll(repeat(3, () -> {
                Comment m = F.createComment();
                m.setId(id());
                m.setAuthor(organizations.isEmpty() || !maybe() ? null : pick(organizations));
                m.setText(text());
                m.setDisposition(pick(Disposition.VALUES));
                m.setReason(maybe() ? text() : null);
                return m;
            }));
            return c;
        }));
        List<Identified> ends = new ArrayList<>();
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified i) {
                ends.add(i);
            }
        });
        plan.getTraceLinks().addAll(repeat(8, () -> {
            TraceLink l = F.createTraceLink();
            l.setId(id());
            l.setKind(pick(TraceKind.VALUES));
            l.setSource(pick(ends));
            l.setTarget(pick(ends));
            l.setSuspect(maybe());
            l.setRationale(maybe() ? text() : null);
            return l;
        }));
        return plan;
    }

    private Goal goal() {
        Goal g = F.createGoal();
        g.setId(id());
        g.setTitle(text());
        g.setText(maybe() ? text() : null);
        g.setTargetYear(year());
        g.getIndicators().addAll(repeat(3, () -> {
            Indicator i = F.createIndicator();
            i.setId(id());
            i.setCode(maybe() ? shortText() : null);
            i.setName(text());
            i.setUnit(maybe() ? text() : null);
            i.setBaseline(maybe() ? decimal() : null);
            i.setBaselineYear(year());
            i.setTarget(maybe() ? decimal() : null);
            i.setTargetYear(year());
            i.setAccumulation(pick(Accumulation.VALUES));
            if (maybe()) {
                CountingRule r = F.createCountingRule();
                r.setRegistry(pick(RegistryKind.VALUES));
                repeat(3, this::shortText).forEach(r.getItemTypes()::add);
                ItemStatus.VALUES.stream().filter(s -> maybe()).forEach(r.getStatuses()::add);
                r.setWithinPlanPeriod(maybe());
                r.setDescription(maybe() ? text() : null);
                i.setCountingRule(r);
            }
            return i;
        }));
        return g;
    }

    private KeyTask task(List<Organization> organizations) {
        KeyTask t = F.createKeyTask();
        t.setId(id());
        t.setNumber(random.nextInt(100));
        t.setTitle(text());
        t.setText(maybe() ? text() : null);
        t.setDomainId(maybe() ? shortText() : null);
        organizations.stream().filter(o -> maybe()).forEach(t.getLeadUnits()::add);
        organizations.stream().filter(o -> maybe()).forEach(t.getSupportingUnits()::add);
        t.setDeadline(maybe() ? date() : null);
        t.setStatus(pick(TaskStatus.VALUES));
        t.getAttributes().addAll(repeat(2, this::attribute));
        return t;
    }

    private <T extends RegistryItem> T item(T item, List<Organization> organizations, List<Country> countries) {
        item.setId(id());
        item.setName(text());
        item.setType(maybe() ? shortText() : null);
        item.setStatus(pick(ItemStatus.VALUES));
        item.setHostOrganization(organizations.isEmpty() || !maybe() ? null : pick(organizations));
        countries.stream().filter(c -> maybe()).forEach(item.getPartnerCountries()::add);
        item.setStartDate(maybe() ? date() : null);
        item.setEndDate(maybe() ? date() : null);
        item.setDescription(maybe() ? text() : null);
        item.getAttributes().addAll(repeat(2, this::attribute));
        return item;
    }

    private AttributeValue attribute() {
        AttributeValue a = F.createAttributeValue();
        a.setKey("k" + next++);
        a.setValue(maybe() ? longOrShort() : null);
        return a;
    }

    private LocalizedText text() {
        LocalizedText t = F.createLocalizedText();
        t.setZh(maybe() ? longOrShort() : null);
        for (int i = random.nextInt(3); i > 0; i--) {
            Translation tr = F.createTranslation();
            tr.setLanguage(i == 1 ? "en" : "zh-Hant-TW");
            tr.setText(maybe() ? longOrShort() : null);
            tr.setSourceDigest(maybe() ? "f51210a19470decd1818d8bb954d4bd9915530e85f2bae562c377cb802cc5c90" : null);
            t.getTranslations().add(tr);
        }
        return t;
    }

    private String longOrShort() {
        return random.nextInt(40) == 0 ? text(PlanLimits.MAX_TEXT_CHARS) : text(random.nextInt(200));
    }

    private String shortText() {
        return text(random.nextInt(20) == 0 ? PlanLimits.MAX_SHORT_TEXT_CHARS : random.nextInt(30));
    }

    /** Exactly {@code length} chars (a surrogate pair is never split at the end). */
    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int at = random.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(at);
            if (Character.isHighSurrogate(c)) {
                if (text.length() + 2 <= length) {
                    text.append(c).append(ALPHABET.charAt(at + 1));
                }
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    private String id() {
        int length = random.nextInt(10) == 0 ? PlanLimits.MAX_ID_CHARS - 8 : 1 + random.nextInt(20);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < length; i++) {
            id.append(i == 0 ? ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length()))
                    : ID_REST.charAt(random.nextInt(ID_REST.length())));
        }
        return id.append('~').append(next++).toString();
    }

    private int year() {
        return random.nextInt(5) == 0 ? 0 : 1900 + random.nextInt(300);
    }

    /** A day from 1900-01-01 to 2199-12-31, sometimes with a time of day (EMF keeps milliseconds). */
    private Date date() {
        long days = PlanLimits.LAST_DAY.toEpochDay() - PlanLimits.FIRST_DAY.toEpochDay();
        LocalDate day = PlanLimits.FIRST_DAY.plusDays((long) (random.nextDouble() * days));
        Date start = PlanDates.toDate(day);
        return maybe() ? start : new Date(start.getTime() + random.nextInt(86_400_000));
    }

    private BigDecimal decimal() {
        int scale = random.nextInt(PlanLimits.MAX_FRACTION_DIGITS + 1);
        int digits = 1 + random.nextInt(PlanLimits.MAX_INTEGER_DIGITS + scale);
        BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale);
    }

    private boolean maybe() {
        return random.nextBoolean();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> repeat(int max, java.util.function.Supplier<T> each) {
        List<T> result = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            result.add(each.get());
        }
        return result;
    }

}
