package org.planstudio.merge.internal;

/** Where an identified element sits: the owner's id and the containment feature's name. */
record Place(String ownerId, String feature) {
}
