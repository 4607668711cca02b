"use strict";
// Server-sent events over a fetch response (EventSource cannot POST a question).
(function (P) {
  /** Reads a text/event-stream, calling onEvent for each event; resolves with the data of the "done" event. */
  P.readEvents = async function (response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "", done = null;
    for (;;) {
      const {value, done: end} = await reader.read();
      if (value) buffer += decoder.decode(value, {stream: true});
      let cut;
      while ((cut = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut).replace(/^\r?\n\r?\n/, "");
        let name = "message";
        const data = [];
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        }
        if (!data.length) continue;
        const parsed = JSON.parse(data.join("\n"));
        if (name === "done") done = parsed;
        else onEvent(name, parsed);
      }
      if (end) return done;
    }
  };
})(window.Paritaire);
