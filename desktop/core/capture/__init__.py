"""Bringing files into a project: images, PDFs, audio and video, and folders of them."""
