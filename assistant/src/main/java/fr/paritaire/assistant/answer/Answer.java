package fr.paritaire.assistant.answer;

import java.util.List;

/**
 * An answer and the citations it rests on. {@code grounded} is false when the documents do not cover the question;
 * the text then says so and names the closest sources instead of answering.
 *
 * @param mode {@code extractive} (quotes chosen from passages) or {@code generative} (a chat model wrote the text)
 * @param evidence how much of the question the best retrieved passage covers, 0..1 (the grounding decision's input)
 */
public record Answer(String answer, boolean grounded, String mode, List<Citation> citations, String language, double evidence) {
}
