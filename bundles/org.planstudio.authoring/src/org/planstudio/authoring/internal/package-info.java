/** Implementation of the authoring commands. */
package org.planstudio.authoring.internal;
