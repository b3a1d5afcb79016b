package org.notebake.gallery;

/** An image with its metadata removed, and the size its header declares. */
record Stripped(byte[] bytes, int width, int height) {}
