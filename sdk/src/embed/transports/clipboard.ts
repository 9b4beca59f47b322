// Copy the public (masked for a community group) version. false = the browser refused (no permission,
// insecure context): the UI then shows the text for a manual copy.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
