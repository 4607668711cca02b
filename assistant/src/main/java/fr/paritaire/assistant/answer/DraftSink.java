package fr.paritaire.assistant.answer;

import java.util.List;

/**
 * Where a streaming answerer writes while it drafts: first the numbered passages it was given, then its text as it
 * comes. What is written here is not yet verified; the sink decides what may be shown.
 */
public interface DraftSink {

    DraftSink NONE = new DraftSink() {
        @Override
        public void sources(List<Draft.Source> given) {
        }

        @Override
        public void text(String chunk) {
        }
    };

    void sources(List<Draft.Source> given);

    void text(String chunk);
}
