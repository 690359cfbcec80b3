"""Reading court documents: the text of attached PDFs, scans (OCR), DOCX and text files."""
