export default defineBackground(() => {
  // wired in storage/router.ts
});
