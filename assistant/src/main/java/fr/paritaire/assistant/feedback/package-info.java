/** 👍/👎 on answers, from any channel, appended as JSON lines to one file in the data folder. */
package fr.paritaire.assistant.feedback;
