export default function Page() {
  return <h1>Follow ups</h1>;
}
