package org.priorauth.intake.desk;

import java.util.Arrays;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.intake.Channel;
import org.priorauth.intake.intake.DocumentRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What waits for a person: documents in review and failed ones first, oldest first, then the latest others. */
@Controller
class ReviewQueuePage {

    /** Enough for a day's work on one screen; the filters narrow it. */
    static final int ROWS = 200;

    private final DocumentRepository documents;

    ReviewQueuePage(DocumentRepository documents) {
        this.documents = documents;
    }

    @GetMapping("/desk")
    String queue(
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) String payer,
            @RequestParam(required = false) String drug,
            Model model) {
        DocumentRepository.QueueFilter filter = new DocumentRepository.QueueFilter(
                channel, type == null ? null : type.name(), blankToNull(payer), blankToNull(drug));
        model.addAttribute(
                "documents",
                documents.queue(filter, ROWS).stream().map(QueueRow::of).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("channels", Channel.values());
        model.addAttribute(
                "types", Arrays.stream(DocumentType.values()).map(Enum::name).toList());
        return "desk/queue";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
