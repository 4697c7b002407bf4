package org.planstudio.supervision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planstudio.supervision.Fixtures.day;
import static org.planstudio.supervision.Fixtures.execute;
import static org.planstudio.supervision.Fixtures.period;
import static org.planstudio.supervision.Fixtures.task;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Attachment;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.UpdateStatus;

/** Files attached with the update in one command, and supporting units adding their part. */
class EvidenceCommandsTest {

    private final Plan plan = Fixtures.plan();
    private final AdapterFactoryEditingDomain domain = Fixtures.domain(plan);
    private final KeyTask t1 = task(plan, "t1");
    private final ReportingPeriod q1 = period(plan, "period-2025-Q1");

    @TempDir
    Path folder;

    @Test
    void aFileIsReadWithItsTypeAndTheLimitIsCheckedBeforeReading() throws Exception {
        Path pdf = Files.write(folder.resolve("批复.pdf"), new byte[] { 37, 80, 68, 70 });
        AttachmentFile file = AttachmentFile.read(pdf);
        assertEquals("批复.pdf", file.name());
        assertEquals("application/pdf", file.mediaType());
        assertArrayEquals(new byte[] { 37, 80, 68, 70 }, file.content());

        Path large = folder.resolve("全文.docx");
        try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
            sparse.setLength(SupervisionCommands.MAX_ATTACHMENT_BYTES + 1L);
        }
        Refusal tooLarge = assertThrows(Refusal.class, () -> AttachmentFile.read(large));
        assertTrue(tooLarge.message(Locale.SIMPLIFIED_CHINESE).contains("全文.docx"), "the refusal names the file");
        assertTrue(tooLarge.message(Locale.ENGLISH).contains("20 MB"));
        Refusal empty = assertThrows(Refusal.class, () -> AttachmentFile.read(Files.createFile(folder.resolve("空.txt"))));
        assertEquals("refusal.attachmentEmpty", empty.key());
        Refusal missing = assertThrows(Refusal.class, () -> AttachmentFile.read(folder.resolve("没有.pdf")));
        assertTrue(missing.message(Locale.ENGLISH).contains("没有.pdf"));
        assertEquals("application/octet-stream", AttachmentFile.read(Files.write(folder.resolve("x.bin"), new byte[] { 1 }))
                .mediaType());
    }

    @Test
    void attachmentsAreAddedAndRemovedWithTheUpdateInOneUndoableCommand() throws Exception {
        AttachmentFile minutes = new AttachmentFile("会议纪要.pdf", "application/pdf", new byte[] { 1, 2, 3 });
        execute(domain, SupervisionCommands.saveUpdate(domain, plan, draft("签署协议"), true, List.of(minutes), List.of()));
        ProgressUpdate update = Updates.find(plan, t1, q1).orElseThrow();
        assertEquals(1, update.getAttachments().size());
        Attachment attached = update.getAttachments().get(0);
        assertEquals("会议纪要.pdf", attached.getName());
        assertArrayEquals(new byte[] { 1, 2, 3 }, attached.getContent());

        AttachmentFile photo = new AttachmentFile("现场.png", "image/png", new byte[] { 9 });
        execute(domain, SupervisionCommands.saveUpdate(domain, plan, draft("签署协议并挂牌"), true, List.of(photo),
                List.of(attached)));
        assertEquals(List.of("现场.png"), update.getAttachments().stream().map(Attachment::getName).toList());
        domain.getCommandStack().undo();
        assertEquals(List.of("会议纪要.pdf"), update.getAttachments().stream().map(Attachment::getName).toList(),
                "one undo puts back the removed file and takes the new one off");
        assertEquals("签署协议", update.getDone().getZh());

        AttachmentFile tooLarge = new AttachmentFile("大.pdf", "application/pdf",
                new byte[SupervisionCommands.MAX_ATTACHMENT_BYTES + 1]);
        assertThrows(Refusal.class, () -> SupervisionCommands.saveUpdate(domain, plan, draft("x"), true,
                List.of(tooLarge), List.of()));
    }

    @Test
    void aSupportingUnitAddsItsPartEvenBeforeTheLeadUnitReports() throws Exception {
        Organization health = plan.getOrganizations().get(1);
        Organization lead = plan.getOrganizations().get(0);
        Refusal notSupporting = assertThrows(Refusal.class, () -> SupervisionCommands.contribute(domain, plan, t1, q1,
                health, "协助对接", "陈静", day(2025, 4, 3)));
        assertTrue(notSupporting.message(Locale.SIMPLIFIED_CHINESE).contains("卫生处"));
        t1.getSupportingUnits().add(health);

        execute(domain, SupervisionCommands.contribute(domain, plan, t1, q1, health, "协助对接医院", "陈静", day(2025, 4, 3)));
        ProgressUpdate update = Updates.find(plan, t1, q1).orElseThrow();
        assertEquals(UpdateStatus.DRAFT, update.getStatus(), "the lead unit has not reported: a draft holds the part");
        assertEquals(lead, update.getLeadUnit());
        assertEquals("协助对接医院", update.getContributions().get(0).getText().getZh());
        assertEquals(health, update.getContributions().get(0).getUnit());

        execute(domain, SupervisionCommands.saveUpdate(domain, plan, draft("签署协议"), true));
        assertEquals(UpdateStatus.SUBMITTED, update.getStatus());
        assertEquals(1, update.getContributions().size(), "the lead unit's submission keeps the part");
        execute(domain, SupervisionCommands.contribute(domain, plan, t1, q1, health, "派出专家两名", "陈静", day(2025, 4, 5)));
        assertEquals(2, update.getContributions().size());
        assertThrows(Refusal.class, () -> SupervisionCommands.contribute(domain, plan, t1, q1, health, " ", "陈静",
                day(2025, 4, 5)));
        domain.getCommandStack().undo();
        assertEquals(1, update.getContributions().size());
    }

    private UpdateDraft draft(String done) {
        return new UpdateDraft(t1, q1, Optional.of(plan.getOrganizations().get(0)), done, "", "", Optional.of(40), "",
                TaskStatus.IN_PROGRESS, List.of(), "张三", day(2025, 4, 2));
    }
}
