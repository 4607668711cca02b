/**
 * Who is asking — délégué·e, employeur, formateur·rice — and what that changes: the starter questions each role is
 * offered, and what is retrieved for it (a trainer gets sample clauses; a question about real companies never does).
 */
package fr.paritaire.assistant.role;
