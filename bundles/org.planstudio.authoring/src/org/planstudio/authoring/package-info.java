/**
 * Building and reshaping a plan, UI-free: new plans (blank outline or a copy for the next
 * period) and the structure commands (create, delete, copy/paste, move) as EMF commands on a
 * plan's command stack, so the workbench, the command line and tests share one implementation.
 */
package org.planstudio.authoring;
