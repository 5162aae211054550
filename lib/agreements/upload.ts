/**
 * The builders' "Fortsæt fra en fil": how large a file may be. Zod-free, because the browser checks the size
 * before it sends the file, and the server action checks it again.
 */
export const MAX_UPLOAD = 2 * 1024 * 1024;

export const MAX_UPLOAD_TEXT = "Filen er for stor. Den må højst fylde 2 MB";
