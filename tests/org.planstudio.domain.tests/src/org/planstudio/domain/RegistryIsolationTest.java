package org.planstudio.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.planstudio.model.plan.KeyTask;

/** Plug-ins that throw, hang or contribute bad data are reported once and do not harm the others. */
class RegistryIsolationTest {

    private final DomainRegistry registry = new DomainRegistry(Duration.ofMillis(300));
    private final DomainSource source = new DomainSource("com.example.broken", "1.0.0", "Example");

    @Test
    void aDomainThatThrowsIsReportedOnceAndTheOthersStay() {
        FakeDomain throwing = new FakeDomain("broken", () -> {
            throw new IllegalStateException("database of templates is gone");
        }, List.of(), true);
        registry.add(FakeDomain.healthy("good"), source);
        assertTrue(registry.add(throwing, source).isEmpty());
        assertTrue(registry.add(throwing, source).isEmpty());

        assertEquals(List.of("good"), registry.domains().stream().map(RegisteredDomain::id).toList());
        assertEquals(1, registry.failures().size(), registry.failures().toString());
        assertTrue(registry.failures().get(0).message().en().contains("database of templates is gone"));
        assertTrue(registry.failures().get(0).message().zh().contains("database of templates is gone"));
    }

    @Test
    @Timeout(60) // a hang guard: the registry gives up after its own limit, the test must return
    void aDomainThatHangsWhileBeingReadCostsAtMostTheTimeLimit() {
        FakeDomain hanging = new FakeDomain("slow", () -> {
            sleepForever();
            return List.of();
        }, List.of(), true);
        assertTrue(registry.add(hanging, source).isEmpty());
        assertTrue(registry.failures().get(0).message().en().contains("did not answer"), registry.failures().toString());
    }

    @Test
    void aRuleThatHangsIsSwitchedOffAndReportedOnce() {
        AtomicInteger calls = new AtomicInteger();
        ValidationRule hangs = new ValidationRule() {
            @Override
            public String id() {
                return "slow.rule";
            }

            @Override
            public List<Problem> checkTask(KeyTask task) {
                calls.incrementAndGet();
                sleepForever();
                return List.of();
            }
        };
        registry.add(new FakeDomain("slow", () -> List.of(), List.of(hangs), true), source);
        DomainValidation validation = new DomainValidation(registry);
        assertEquals(List.of(), validation.check(InstalledDomainsTest.planWithTask("slow", Map.of())));
        assertEquals(List.of(), validation.check(InstalledDomainsTest.planWithTask("slow", Map.of())));
        assertEquals(1, calls.get(), "a switched-off rule is not run again");
        assertEquals(1, registry.failures().size(), registry.failures().toString());
        assertTrue(registry.failures().get(0).message().en().contains("slow.rule"));
    }

    @Test
    void aRuleThatThrowsIsSwitchedOffAndTheOtherRulesStillRun() {
        ValidationRule throwing = new ValidationRule() {
            @Override
            public String id() {
                return "throwing.rule";
            }

            @Override
            public List<Problem> checkTask(KeyTask task) {
                throw new NullPointerException("no lead unit");
            }
        };
        ValidationRule working = new ValidationRule() {
            @Override
            public String id() {
                return "working.rule";
            }

            @Override
            public List<Problem> checkTask(KeyTask task) {
                return List.of(Problem.warning(Bilingual.of("提示", "Note")));
            }
        };
        registry.add(new FakeDomain("mixed", () -> List.of(), List.of(throwing, working), true), source);
        List<DomainProblem> problems = new DomainValidation(registry)
                .check(InstalledDomainsTest.planWithTask("mixed", Map.of()));
        assertEquals(List.of("working.rule"), problems.stream().map(DomainProblem::ruleId).toList());
        assertTrue(registry.failures().get(0).message().en().contains("throwing.rule"));
    }

    @Test
    void duplicateIdsMissingIconsAndDuplicateTemplatesAreReportedButTheDomainIsUsable() {
        registry.add(FakeDomain.healthy("twin"), source);
        assertTrue(registry.add(FakeDomain.healthy("twin"), new DomainSource("com.example.other", "2.0.0", "")).isEmpty());
        RegisteredDomain iconless = registry.add(new FakeDomain("plain", () -> List.of(FakeDomain.template("a"),
                FakeDomain.template("a")), List.of(), false), source).orElseThrow();

        assertEquals(1, iconless.templates().size());
        assertTrue(iconless.icon().isEmpty());
        List<String> messages = registry.failures().stream().map(f -> f.message().en()).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("already provided by com.example.broken 1.0.0"), messages.get(0));
        assertTrue(messages.stream().anyMatch(m -> m.contains("icon")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"a\" twice")));
    }

    @Test
    void aBadIdIsRefused() {
        assertTrue(registry.add(FakeDomain.healthy("Not An Id"), source).isEmpty());
        assertEquals(1, registry.failures().size());
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
